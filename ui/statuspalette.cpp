#include "ui/statuspalette.h"

#include <QLabel>

namespace hullcheck::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor &top, const QColor &bottom, double amount)
{
    const auto blend = [amount](double a, double b) {
        return a * amount + b * (1.0 - amount);
    };
    return QColor::fromRgbF(static_cast<float>(blend(top.redF(), bottom.redF())),
                            static_cast<float>(blend(top.greenF(), bottom.greenF())),
                            static_cast<float>(blend(top.blueF(), bottom.blueF())));
}

} // namespace

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Positive: return QColor::fromRgb(0x2e7d32); // green
    case Tone::Neutral: return QColor::fromRgb(0x757575);  // grey
    case Tone::Info: return QColor::fromRgb(0x1565c0);     // blue
    case Tone::Caution: return QColor::fromRgb(0xf9a825);  // amber
    case Tone::Critical: return QColor::fromRgb(0xc62828); // red
    case Tone::Muted: return QColor::fromRgb(0x90a4ae);    // blue-grey
    }
    return QColor::fromRgb(0x757575);
}

QColor readableTextOn(const QColor &fill)
{
    // Perceived luminance (ITU-R BT.601); amber wants black text, the others white.
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor tintedBackground(Tone tone, const QPalette &palette)
{
    return mix(toneColor(tone), palette.color(QPalette::Window), isDark(palette) ? 0.30 : 0.16);
}

QColor toneTextColor(Tone tone, const QPalette &palette)
{
    const QColor color = toneColor(tone);
    return isDark(palette) ? color.lighter(160) : color;
}

Tone statusTone(core::Status status)
{
    switch (status) {
    case core::Status::Pass: return Tone::Positive;
    case core::Status::Fail: return Tone::Critical;
    case core::Status::Warn: return Tone::Caution;
    case core::Status::Info: return Tone::Info;
    case core::Status::Skip: return Tone::Neutral;
    case core::Status::Waived: return Tone::Muted;
    }
    return Tone::Neutral;
}

QColor statusColor(core::Status status)
{
    return toneColor(statusTone(status));
}

Tone scoreTone(int score)
{
    if (score >= 80) {
        return Tone::Positive;
    }
    return score >= 50 ? Tone::Caution : Tone::Critical;
}

Tone containerStateTone(QStringView state)
{
    if (state == u"running") {
        return Tone::Positive;
    }
    if (state == u"created") {
        return Tone::Info;
    }
    if (state == u"paused" || state == u"restarting") {
        return Tone::Caution;
    }
    if (state == u"dead") {
        return Tone::Critical;
    }
    return Tone::Neutral; // exited, removing, unknown
}

void setTextTone(QLabel *label, Tone tone)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, toneTextColor(tone, palette));
    label->setPalette(palette);
}

} // namespace hullcheck::ui
