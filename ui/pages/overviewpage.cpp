#include "ui/pages/overviewpage.h"

#include "core/snapshot/snapshot.h"
#include "ui/formatting.h"
#include "ui/widgets/statcard.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace hullcheck::ui {

namespace {

struct TlsState
{
    QString text;
    Tone tone;
};

TlsState tlsState(const core::Endpoint &endpoint)
{
    if (endpoint.transport == core::Endpoint::Transport::Unix) {
        return {OverviewPage::tr("Not needed (local socket)"), Tone::Neutral};
    }
    if (!endpoint.tls.enabled) {
        return {OverviewPage::tr("Off: plain TCP, unencrypted and unauthenticated"), Tone::Critical};
    }
    if (!endpoint.tls.verify) {
        return {OverviewPage::tr("On, but the server certificate is NOT verified"), Tone::Critical};
    }
    return {OverviewPage::tr("On, server certificate verified"), Tone::Positive};
}

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? OverviewPage::tr("unknown") : text;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_warnings(new QListWidget(this))
{
    auto *placeholder = new QLabel(tr("No data yet. Connect to a Docker daemon or open a saved snapshot."), this);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget(this);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(content);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);

    m_cards = new QWidget(content);
    auto *cardLayout = new QHBoxLayout(m_cards);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_running = addCard(tr("Running"), QStringLiteral("runningCard"), containerStateTone(u"running"));
    m_exited = addCard(tr("Exited"), QStringLiteral("exitedCard"), containerStateTone(u"exited"));
    m_created = addCard(tr("Created"), QStringLiteral("createdCard"), containerStateTone(u"created"));
    m_paused = addCard(tr("Paused"), QStringLiteral("pausedCard"), containerStateTone(u"paused"));
    cardLayout->addSpacing(16);
    m_images = addCard(tr("Images"), QStringLiteral("imagesCard"), std::nullopt);
    m_networks = addCard(tr("Networks"), QStringLiteral("networksCard"), std::nullopt);
    m_volumes = addCard(tr("Volumes"), QStringLiteral("volumesCard"), std::nullopt);
    cardLayout->addStretch(1);

    auto *daemonGroup = new QGroupBox(tr("Daemon"), content);
    auto *daemonForm = new QFormLayout(daemonGroup);
    m_name = addRow(daemonForm, tr("Name:"), QStringLiteral("nameValue"));
    m_id = addRow(daemonForm, tr("ID:"), QStringLiteral("idValue"));
    m_engine = addRow(daemonForm, tr("Engine version:"), QStringLiteral("engineValue"));
    m_api = addRow(daemonForm, tr("API version:"), QStringLiteral("apiValue"));
    m_os = addRow(daemonForm, tr("Operating system:"), QStringLiteral("osValue"));
    m_kernel = addRow(daemonForm, tr("Kernel:"), QStringLiteral("kernelValue"));
    m_rootDir = addRow(daemonForm, tr("Root directory:"), QStringLiteral("rootDirValue"));

    auto *connectionGroup = new QGroupBox(tr("Connection"), content);
    auto *connectionForm = new QFormLayout(connectionGroup);
    m_endpoint = addRow(connectionForm, tr("Endpoint:"), QStringLiteral("endpointValue"));
    m_tls = addRow(connectionForm, tr("TLS:"), QStringLiteral("tlsValue"));
    m_fingerprint = addRow(connectionForm, tr("Server certificate:"), QStringLiteral("fingerprintValue"));
    m_source = addRow(connectionForm, tr("Chosen by:"), QStringLiteral("sourceValue"));
    m_collectedAt = addRow(connectionForm, tr("Collected at:"), QStringLiteral("collectedAtValue"));
    m_collectionTime = addRow(connectionForm, tr("Collection time:"), QStringLiteral("collectionTimeValue"));
    m_snapshotFile = addRow(connectionForm, tr("Snapshot file:"), QStringLiteral("snapshotFileValue"));

    m_warningsGroup = new QGroupBox(tr("Collection warnings"), content);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setFocusPolicy(Qt::NoFocus);
    m_warnings->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_warnings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_warnings->setMaximumHeight(200);
    auto *warningsLayout = new QVBoxLayout(m_warningsGroup);
    warningsLayout->addWidget(m_warnings);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(12);
    details->addWidget(daemonGroup, 0, 0);
    details->addWidget(connectionGroup, 0, 1);
    details->setColumnStretch(0, 1);
    details->setColumnStretch(1, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(m_cards);
    contentLayout->addLayout(details);
    contentLayout->addWidget(m_warningsGroup);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

OverviewPage::~OverviewPage() = default;

QLabel *OverviewPage::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(label, value);
    return value;
}

void OverviewPage::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    auto *form = qobject_cast<QFormLayout *>(value->parentWidget()->layout());
    if (form) {
        form->setRowVisible(value, !text.isEmpty());
    }
}

StatCard *OverviewPage::addCard(const QString &caption, const QString &objectName, std::optional<Tone> tone)
{
    auto *card = new StatCard(caption, tone, m_cards);
    card->setObjectName(objectName);
    m_cards->layout()->addWidget(card);
    return card;
}

void OverviewPage::setSnapshot(const core::Snapshot &snapshot, const QString &sourceFile)
{
    const QJsonObject &info = snapshot.info;
    const QString engine = snapshot.version.value(QLatin1String("Version")).toString();
    m_title->setText(orUnknown(info.value(QLatin1String("Name")).toString()));
    //: %1 engine version, %2 operating system, %3 date and time
    m_subtitle->setText(tr("Docker Engine %1 · %2 · collected %3")
                            .arg(orUnknown(engine),
                                 orUnknown(info.value(QLatin1String("OperatingSystem")).toString()),
                                 formatting::dateTimeText(snapshot.collectedAt)));

    setRow(m_name, orUnknown(info.value(QLatin1String("Name")).toString()));
    setRow(m_id, orUnknown(info.value(QLatin1String("ID")).toString()));
    setRow(m_engine, orUnknown(engine));
    //: %1 the API version Hullcheck used, %2 the newest one the daemon supports
    setRow(m_api,
           tr("%1 negotiated, server %2").arg(orUnknown(snapshot.apiVersion), orUnknown(snapshot.serverApiVersion)));
    const QString architecture = info.value(QLatin1String("Architecture")).toString();
    const QString os = orUnknown(info.value(QLatin1String("OperatingSystem")).toString());
    //: %1 operating system, %2 CPU architecture
    setRow(m_os, architecture.isEmpty() ? os : tr("%1 (%2)").arg(os, architecture));
    setRow(m_kernel, orUnknown(info.value(QLatin1String("KernelVersion")).toString()));
    setRow(m_rootDir, info.value(QLatin1String("DockerRootDir")).toString());

    const TlsState tls = tlsState(snapshot.endpoint);
    setRow(m_endpoint, snapshot.endpoint.describe());
    setRow(m_tls, tls.text);
    QPalette tlsPalette = palette();
    tlsPalette.setColor(QPalette::WindowText,
                        tls.tone == Tone::Critical ? toneTextColor(tls.tone, tlsPalette)
                                                   : palette().color(QPalette::WindowText));
    m_tls->setPalette(tlsPalette);
    setRow(m_fingerprint, snapshot.serverCertificateFingerprint);
    setRow(m_source, snapshot.endpoint.source);
    setRow(m_collectedAt, formatting::dateTimeText(snapshot.collectedAt));
    setRow(m_collectionTime, formatting::durationText(snapshot.collectionMs));
    setRow(m_snapshotFile, sourceFile);

    int running = 0;
    int exited = 0;
    int created = 0;
    int paused = 0;
    for (const QJsonValue container : snapshot.containers) {
        const QString status = container[u"State"][u"Status"].toString();
        running += status == QLatin1String("running") ? 1 : 0;
        exited += status == QLatin1String("exited") ? 1 : 0;
        created += status == QLatin1String("created") ? 1 : 0;
        paused += status == QLatin1String("paused") ? 1 : 0;
    }
    m_running->setValue(running);
    m_exited->setValue(exited);
    m_created->setValue(created);
    m_paused->setValue(paused);
    m_images->setValue(static_cast<int>(snapshot.images.size()));
    m_networks->setValue(static_cast<int>(snapshot.networks.size()));
    m_volumes->setValue(static_cast<int>(snapshot.volumes.size()));

    m_warnings->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &warning : snapshot.warnings) {
        m_warnings->addItem(new QListWidgetItem(warningIcon, warning));
    }
    m_warningsGroup->setVisible(!snapshot.warnings.isEmpty());
    m_stack->setCurrentIndex(1);
}

void OverviewPage::clear()
{
    m_stack->setCurrentIndex(0);
}

} // namespace hullcheck::ui
