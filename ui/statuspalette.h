#pragma once

#include "core/bench/finding.h"

#include <QColor>
#include <QPalette>
#include <QStringView>

class QLabel;

// The one place that turns a state into a colour. Views carry a Tone, never a colour, so a later theme or a
// colour-blind palette changes only this file.
namespace hullcheck::ui {

enum class Tone {
    Positive, // green: running, pass
    Neutral,  // grey: exited, skipped
    Info,     // blue: created, informational
    Caution,  // amber: paused, restarting, warn
    Critical, // red: dead, fail, errors
    Muted,    // muted blue-grey: waived
};

// The badge fill of a tone; the same in light and dark palettes (badge text adapts, see readableTextOn).
QColor toneColor(Tone tone);

// Black or white, whichever reads better on `fill`.
QColor readableTextOn(const QColor &fill);

// A background for an inline bar of this tone: a tint of the tone over the palette's window colour, so
// text in the palette's own text colour stays readable in light and dark themes.
QColor tintedBackground(Tone tone, const QPalette &palette);

// A foreground colour of this tone for text on the palette's window, e.g. a warning label. Lighter in dark themes.
QColor toneTextColor(Tone tone, const QPalette &palette);
// Gives a label's text that colour (errors and warnings in dialogs).
void setTextTone(QLabel *label, Tone tone);

// Benchmark results: pass green, fail red, warn amber, info blue, skip grey, waived muted.
Tone statusTone(core::Status status);
QColor statusColor(core::Status status);

// A score 0..100: green from 80, amber from 50, red below.
Tone scoreTone(int score);

// Docker's container State.Status: running, created, restarting, removing, paused, exited, dead.
Tone containerStateTone(QStringView state);

} // namespace hullcheck::ui
