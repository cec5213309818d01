#include "ui/pages/findingspage.h"

#include "ui/delegates/statusbadgedelegate.h"
#include "ui/findinghtml.h"
#include "ui/formatting.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/widgets/tablesetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace hullcheck::ui {

namespace {

// Status filter entries: the statuses each one accepts (empty: all).
QList<QPair<QString, QSet<core::Status>>> statusChoices()
{
    QList<QPair<QString, QSet<core::Status>>> choices = {
        {FindingsPage::tr("All statuses"), {}},
        //: status filter: fail and warn results
        {FindingsPage::tr("Problems only"), FindingsFilterProxy::problemStatuses()},
    };
    for (core::Status status : {core::Status::Fail,
                                core::Status::Warn,
                                core::Status::Info,
                                core::Status::Pass,
                                core::Status::Skip,
                                core::Status::Waived}) {
        choices.append({formatting::statusText(status), {status}});
    }
    return choices;
}

} // namespace

FindingsPage::FindingsPage(QString settingsName, const QSet<core::Scope> &scopes, QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterProxy(this))
    , m_settingsName(std::move(settingsName))
    , m_fixedScopes(scopes)
    , m_filterEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_severityCombo(new QComboBox(this))
    , m_scopeCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_waiveButton(new QPushButton(tr("&Waive…"), this))
    , m_fixButton(new QPushButton(tr("&Fix…"), this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter results…"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);

    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setAccessibleName(tr("Status"));
    for (const auto &[label, statuses] : statusChoices()) {
        QVariantList values;
        for (core::Status status : statuses) {
            values.append(static_cast<int>(status));
        }
        m_statusCombo->addItem(label, values);
    }
    m_severityCombo->setObjectName(QStringLiteral("severityCombo"));
    m_severityCombo->setAccessibleName(tr("Severity"));
    m_severityCombo->addItem(tr("All severities"), -1);
    for (core::Severity severity : {core::Severity::Critical,
                                    core::Severity::High,
                                    core::Severity::Medium,
                                    core::Severity::Low,
                                    core::Severity::Info}) {
        m_severityCombo->addItem(formatting::severityText(severity), static_cast<int>(severity));
    }
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    m_scopeCombo->setAccessibleName(tr("Object kind"));
    m_scopeCombo->addItem(tr("All objects"), -1);
    for (core::Scope scope : {core::Scope::Host,
                              core::Scope::Daemon,
                              core::Scope::Container,
                              core::Scope::Image,
                              core::Scope::Network,
                              core::Scope::Volume,
                              core::Scope::Connection}) {
        if (m_fixedScopes.isEmpty() || m_fixedScopes.contains(scope)) {
            m_scopeCombo->addItem(formatting::scopeText(scope), static_cast<int>(scope));
        }
    }
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setAccessibleName(tr("Group by"));
    m_groupCombo->addItem(tr("No grouping"), static_cast<int>(FindingsFilterProxy::Grouping::None));
    m_groupCombo->addItem(tr("Group by CIS section"), static_cast<int>(FindingsFilterProxy::Grouping::Section));
    m_groupCombo->addItem(tr("Group by object"), static_cast<int>(FindingsFilterProxy::Grouping::Object));
    if (!m_fixedScopes.isEmpty()) {
        m_groupCombo->setCurrentIndex(1);
    }
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_proxy);
    setUpTableView(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // one Fix… for many objects of one rule
    m_view->setItemDelegateForColumn(FindingsModel::StatusColumn,
                                     new StatusBadgeDelegate(FindingsModel::ToneRole, m_view));
    m_view->sortByColumn(FindingsModel::StatusColumn, Qt::DescendingOrder);

    m_waiveButton->setObjectName(QStringLiteral("waiveButton"));
    m_waiveButton->setToolTip(tr("Accept this result: add a waiver to the policy file"));
    m_waiveButton->setEnabled(false);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setEnabled(false);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select a result to see its evidence, rationale and remediation."));
    m_details->setAccessibleName(tr("Result details"));

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_fixButton);
    buttonRow->addWidget(m_waiveButton);
    detailsLayout->addLayout(buttonRow);
    detailsLayout->addWidget(m_details, 1);

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_statusCombo);
    filterRow->addWidget(m_severityCombo);
    filterRow->addWidget(m_scopeCombo);
    filterRow->addWidget(m_groupCombo);
    filterRow->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &FindingsFilterProxy::setFilterText);
    for (QComboBox *combo : {m_statusCombo, m_severityCombo, m_scopeCombo, m_groupCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FindingsPage::applyFilters);
    }
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindingsPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindingsPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindingsPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsPage::updateCountLabel);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::handleCurrentChanged);
    connect(m_waiveButton, &QPushButton::clicked, this, [this] {
        const core::Finding *finding = m_model->findingAt(m_proxy->mapToSource(m_view->currentIndex()).row());
        if (finding) {
            emit waiveRequested(*finding);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsPage::updateFixButton);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const QList<core::Finding> findings = selectedFindings();
        if (!findings.isEmpty() && m_fixButton->isEnabled()) {
            emit fixRequested(findings);
        }
    });
    applyFilters();
    updateFixButton();
}

FindingsPage::~FindingsPage() = default;

int FindingsPage::resultCount() const
{
    return m_model->rowCount();
}

void FindingsPage::setResult(const core::ScanResult &result, std::shared_ptr<const core::RulePack> rules)
{
    m_rules = std::move(rules);
    QList<core::Finding> findings;
    for (const core::Finding &finding : result.findings) {
        if (m_fixedScopes.isEmpty() || m_fixedScopes.contains(finding.target.kind)) {
            findings.append(finding);
        }
    }
    m_model->setFindings(findings);
    m_details->clear();
    m_waiveButton->setEnabled(false);
    updateFixButton();
    fitColumnsToContents(m_view);
}

void FindingsPage::clear()
{
    m_model->clear();
    m_details->clear();
    m_waiveButton->setEnabled(false);
    updateFixButton();
}

void FindingsPage::applyFilters()
{
    QSet<core::Status> statuses;
    for (const QVariant &value : m_statusCombo->currentData().toList()) {
        statuses.insert(static_cast<core::Status>(value.toInt()));
    }
    m_proxy->setStatuses(statuses);
    const int severity = m_severityCombo->currentData().toInt();
    m_proxy->setSeverity(severity < 0 ? std::nullopt : std::optional(static_cast<core::Severity>(severity)));
    const int scope = m_scopeCombo->currentData().toInt();
    m_proxy->setScopes(scope < 0 ? m_fixedScopes : QSet<core::Scope>{static_cast<core::Scope>(scope)});
    m_proxy->setGrouping(static_cast<FindingsFilterProxy::Grouping>(m_groupCombo->currentData().toInt()));
    updateCountLabel();
}

void FindingsPage::handleCurrentChanged()
{
    const core::Finding *finding = m_model->findingAt(m_proxy->mapToSource(m_view->currentIndex()).row());
    if (!finding) {
        m_details->clear();
        m_waiveButton->setEnabled(false);
        updateFixButton();
        return;
    }
    const core::Rule *rule = nullptr;
    if (m_rules) {
        const auto found = std::find_if(m_rules->rules.begin(), m_rules->rules.end(), [finding](const core::Rule &r) {
            return r.id == finding->ruleId;
        });
        rule = found == m_rules->rules.end() ? nullptr : &*found;
    }
    m_details->setHtml(findingDetailsHtml(*finding, rule));
    m_waiveButton->setEnabled(finding->status == core::Status::Fail || finding->status == core::Status::Warn ||
                              finding->status == core::Status::Info);
    updateFixButton();
}

QList<core::Finding> FindingsPage::selectedFindings() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QList<core::Finding> findings;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const core::Finding *finding = m_model->findingAt(m_proxy->mapToSource(index).row())) {
            findings.append(*finding);
        }
    }
    return findings;
}

// Fix… repairs the selection at once, so every selected result must be of one rule and have a fix; the tooltip
// says why it cannot.
void FindingsPage::updateFixButton()
{
    const QList<core::Finding> findings = selectedFindings();
    QStringList rules;
    for (const core::Finding &finding : findings) {
        if (!rules.contains(finding.ruleId)) {
            rules.append(finding.ruleId);
        }
    }
    QString why;
    if (rules.size() > 1) {
        //: %1 the rule ids of the selection
        why = tr("The selected results belong to different rules (%1): select results of one rule to fix them "
                 "together.")
                  .arg(rules.join(QStringLiteral(", ")));
    } else if (!findings.isEmpty() &&
               (!m_fixAvailable || !std::all_of(findings.begin(), findings.end(), m_fixAvailable))) {
        why = findings.size() == 1 ? tr("This result has nothing to fix: it passes, or no fix is known for it.")
                                   : tr("Some selected results have nothing to fix (they pass, or no fix is known): "
                                        "select only the failing ones.");
    }
    m_fixButton->setEnabled(!findings.isEmpty() && why.isEmpty());
    if (!why.isEmpty()) {
        m_fixButton->setToolTip(why);
    } else if (findings.size() > 1) {
        m_fixButton->setToolTip(tr("Repair the %n selected results together: one change for every object",
                                   nullptr,
                                   static_cast<int>(findings.size())));
    } else {
        m_fixButton->setToolTip(
            tr("Repair this result: change the container now, or get the command or file that fixes it"));
    }
}

void FindingsPage::setFixAvailability(FixAvailability available)
{
    m_fixAvailable = std::move(available);
    handleCurrentChanged();
}

void FindingsPage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n result(s)", nullptr, total)
                                         : tr("%1 of %n shown", nullptr, total).arg(shown));
}

void FindingsPage::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("ui/%1").arg(m_settingsName));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("status"), m_statusCombo->currentIndex());
    settings.setValue(QStringLiteral("grouping"), m_groupCombo->currentIndex());
    settings.endGroup();
}

void FindingsPage::restoreState(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("ui/%1").arg(m_settingsName));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    m_statusCombo->setCurrentIndex(settings.value(QStringLiteral("status"), 0).toInt());
    m_groupCombo->setCurrentIndex(settings.value(QStringLiteral("grouping"), m_groupCombo->currentIndex()).toInt());
    settings.endGroup();
}

} // namespace hullcheck::ui
