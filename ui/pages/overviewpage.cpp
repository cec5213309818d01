#include "ui/pages/overviewpage.h"

#include "core/snapshot/snapshot.h"
#include "ui/formatting.h"
#include "ui/widgets/scorering.h"
#include "ui/widgets/statcard.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <map>

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

constexpr std::array AllStatuses{core::Status::Fail,
                                 core::Status::Warn,
                                 core::Status::Info,
                                 core::Status::Pass,
                                 core::Status::Skip,
                                 core::Status::Waived};
constexpr std::array FailSeverities{
    core::Severity::Critical, core::Severity::High, core::Severity::Medium, core::Severity::Low, core::Severity::Info};
constexpr int RiskiestCount = 5;

// The weight of a fail result, as in the score (core/bench/engine.h).
int severityWeight(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Critical: return 10;
    case core::Severity::High: return 5;
    case core::Severity::Medium: return 3;
    case core::Severity::Low: return 1;
    case core::Severity::Info: return 0;
    }
    return 0;
}

QTreeWidget *riskList(const QString &objectName, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({OverviewPage::tr("Name"), OverviewPage::tr("Fail"), OverviewPage::tr("Weighted")});
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->setMaximumHeight(170);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return list;
}

// The `count` objects of `scope` with the highest weighted fails, worst first.
void fillRiskList(QTreeWidget *list, const QList<core::Finding> &findings, core::Scope scope)
{
    struct Risk
    {
        QString name;
        int fails = 0;
        int weight = 0;
    };
    std::map<QString, Risk> byId;
    for (const core::Finding &finding : findings) {
        if (finding.target.kind == scope && finding.status == core::Status::Fail) {
            Risk &risk = byId[finding.target.id];
            risk.name = finding.target.name;
            ++risk.fails;
            risk.weight += severityWeight(finding.severity);
        }
    }
    std::vector<Risk> risks;
    for (const auto &entry : byId) {
        risks.push_back(entry.second);
    }
    std::sort(risks.begin(), risks.end(), [](const Risk &a, const Risk &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.name < b.name;
    });
    list->clear();
    for (size_t i = 0; i < std::min<size_t>(risks.size(), RiskiestCount); ++i) {
        auto *item = new QTreeWidgetItem(
            list, {risks[i].name, QString::number(risks[i].fails), QString::number(risks[i].weight)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (risks.empty()) {
        new QTreeWidgetItem(list, {OverviewPage::tr("No failing objects")});
    }
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
    m_running = addCard(m_cards, tr("Running"), QStringLiteral("runningCard"), containerStateTone(u"running"));
    m_exited = addCard(m_cards, tr("Exited"), QStringLiteral("exitedCard"), containerStateTone(u"exited"));
    m_created = addCard(m_cards, tr("Created"), QStringLiteral("createdCard"), containerStateTone(u"created"));
    m_paused = addCard(m_cards, tr("Paused"), QStringLiteral("pausedCard"), containerStateTone(u"paused"));
    cardLayout->addSpacing(16);
    m_images = addCard(m_cards, tr("Images"), QStringLiteral("imagesCard"), std::nullopt);
    m_networks = addCard(m_cards, tr("Networks"), QStringLiteral("networksCard"), std::nullopt);
    m_volumes = addCard(m_cards, tr("Volumes"), QStringLiteral("volumesCard"), std::nullopt);
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
    contentLayout->addWidget(createResultsSection(content));
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

StatCard *
OverviewPage::addCard(QWidget *row, const QString &caption, const QString &objectName, std::optional<Tone> tone)
{
    auto *card = new StatCard(caption, tone, row);
    card->setObjectName(objectName);
    row->layout()->addWidget(card);
    return card;
}

QWidget *OverviewPage::createResultsSection(QWidget *parent)
{
    m_resultsGroup = new QGroupBox(tr("Benchmark"), parent);
    m_resultsGroup->setObjectName(QStringLiteral("resultsGroup"));
    m_score = new ScoreRing(m_resultsGroup);
    m_score->setObjectName(QStringLiteral("scoreRing"));
    m_scoreCaption = new QLabel(m_resultsGroup);
    m_scoreCaption->setObjectName(QStringLiteral("scoreCaption"));
    m_scoreCaption->setWordWrap(true);
    m_scoreCaption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scoreCaption->setForegroundRole(QPalette::PlaceholderText);

    m_statusCards = new QWidget(m_resultsGroup);
    auto *statusLayout = new QHBoxLayout(m_statusCards);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    for (core::Status status : AllStatuses) {
        m_statusCard.at(static_cast<size_t>(status)) = addCard(m_statusCards,
                                                               formatting::statusText(status),
                                                               QStringLiteral("%1Card").arg(core::statusName(status)),
                                                               statusTone(status));
    }
    statusLayout->addStretch(1);
    m_severityCards = new QWidget(m_resultsGroup);
    auto *severityLayout = new QHBoxLayout(m_severityCards);
    severityLayout->setContentsMargins(0, 0, 0, 0);
    auto *severityCaption = new QLabel(tr("Fail results by severity:"), m_severityCards);
    severityCaption->setForegroundRole(QPalette::PlaceholderText);
    severityLayout->addWidget(severityCaption);
    for (core::Severity severity : FailSeverities) {
        m_severityCard.at(static_cast<size_t>(severity)) =
            addCard(m_severityCards,
                    formatting::severityText(severity),
                    QStringLiteral("%1Card").arg(core::severityName(severity)),
                    std::nullopt);
    }
    severityLayout->addStretch(1);

    m_chartView = new QChartView(m_resultsGroup);
    m_chartView->setObjectName(QStringLiteral("sectionChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    m_chartView->chart()->setTitle(tr("Results by CIS section and status"));
    m_chartView->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->chart()->setBackgroundVisible(false);

    m_riskyContainers = riskList(QStringLiteral("riskyContainers"), m_resultsGroup);
    m_riskyImages = riskList(QStringLiteral("riskyImages"), m_resultsGroup);

    auto *scoreColumn = new QVBoxLayout;
    scoreColumn->addWidget(m_score, 0, Qt::AlignHCenter);
    scoreColumn->addWidget(m_scoreCaption);
    scoreColumn->addStretch(1);
    auto *countsColumn = new QVBoxLayout;
    countsColumn->addWidget(m_statusCards);
    countsColumn->addWidget(m_severityCards);
    countsColumn->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(scoreColumn);
    top->addSpacing(16);
    top->addLayout(countsColumn, 1);

    auto *risky = new QGridLayout;
    risky->addWidget(new QLabel(tr("Riskiest containers"), m_resultsGroup), 0, 0);
    risky->addWidget(new QLabel(tr("Riskiest images"), m_resultsGroup), 0, 1);
    risky->addWidget(m_riskyContainers, 1, 0);
    risky->addWidget(m_riskyImages, 1, 1);

    auto *layout = new QVBoxLayout(m_resultsGroup);
    layout->addLayout(top);
    layout->addWidget(m_chartView);
    layout->addLayout(risky);
    m_resultsGroup->hide(); // until results arrive
    return m_resultsGroup;
}

void OverviewPage::setResult(const core::ScanResult &result)
{
    m_score->setScore(result.summary.score);
    //: under the score: %1 rules run, %2 the rule pack's version, %3 the policy file or "no policy"
    m_scoreCaption->setText(tr("%1 rules (pack %2)\n%3")
                                .arg(result.rulesTotal - result.rulesDisabled)
                                .arg(result.rulesVersion,
                                     result.policyFile.isEmpty()
                                         ? tr("no policy")
                                         : tr("policy %1").arg(QFileInfo(result.policyFile).fileName())));
    m_scoreCaption->setToolTip(result.policyFile);
    for (core::Status status : AllStatuses) {
        m_statusCard.at(static_cast<size_t>(status))->setValue(result.summary.byStatus.value(status));
    }
    for (core::Severity severity : FailSeverities) {
        m_severityCard.at(static_cast<size_t>(severity))->setValue(result.summary.failuresBySeverity.value(severity));
    }
    updateChart(result);
    fillRiskList(m_riskyContainers, result.findings, core::Scope::Container);
    fillRiskList(m_riskyImages, result.findings, core::Scope::Image);
    m_resultsGroup->show();
}

void OverviewPage::updateChart(const core::ScanResult &result)
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    QStringList sections;
    for (const core::Finding &finding : result.findings) {
        const QString section = formatting::cisSection(finding.cisId);
        if (!sections.contains(section)) {
            sections.append(section);
        }
    }
    // Horizontal bars list their first category at the bottom: section 1 goes last to be read first.
    std::sort(sections.begin(), sections.end(), [](const QString &a, const QString &b) {
        return formatting::cisSortKey(a) > formatting::cisSortKey(b);
    });
    auto *series = new QHorizontalStackedBarSeries;
    for (core::Status status : AllStatuses) {
        auto *set = new QBarSet(formatting::statusText(status));
        set->setColor(statusColor(status));
        set->setBorderColor(statusColor(status));
        for (const QString &section : std::as_const(sections)) {
            set->append(static_cast<qreal>(std::count_if(
                result.findings.begin(), result.findings.end(), [&section, status](const core::Finding &finding) {
                    return finding.status == status && formatting::cisSection(finding.cisId) == section;
                })));
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    for (const QString &section : std::as_const(sections)) {
        labels.append(formatting::sectionTitle(section));
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // the section names are the point of the chart
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers();
    const QPalette pal = palette();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(categories), static_cast<QAbstractAxis *>(values)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
    }
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
}

void OverviewPage::setReportCounts(int images, int networks, int volumes)
{
    // A report counts objects but does not say which containers ran: no state cards.
    for (StatCard *card : {m_running, m_exited, m_created, m_paused}) {
        card->hide();
    }
    m_images->setValue(images);
    m_networks->setValue(networks);
    m_volumes->setValue(volumes);
}

void OverviewPage::setSnapshot(const core::Snapshot &snapshot, const QString &sourceFile)
{
    m_resultsGroup->hide(); // until this snapshot's results arrive
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
    for (StatCard *card : {m_running, m_exited, m_created, m_paused}) {
        card->show();
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
    m_resultsGroup->hide();
    m_stack->setCurrentIndex(0);
}

} // namespace hullcheck::ui
