#include "ui/pages/labelspage.h"

#include "core/snapshot/snapshot.h"
#include "ui/delegates/statusbadgedelegate.h"
#include "ui/models/labelsfilterproxy.h"
#include "ui/models/labelsmodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablesetup.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hullcheck::ui {

namespace {

constexpr QLatin1String SettingsGroup("ui/LabelsPage");

} // namespace

LabelsPage::LabelsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LabelsModel(this))
    , m_proxy(new LabelsFilterProxy(this))
    , m_noteBar(new MessageBar(this))
    , m_filterEdit(new QLineEdit(this))
    , m_missingOnlyCheck(new QCheckBox(tr("&Missing required labels only"), this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setSourceModel(m_model);
    m_noteBar->setObjectName(QStringLiteral("noteBar"));
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter…"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_missingOnlyCheck->setObjectName(QStringLiteral("missingOnlyCheck"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_proxy);
    setUpTableView(m_view);
    m_view->setItemDelegateForColumn(LabelsModel::StatusColumn, new StatusBadgeDelegate(LabelsModel::ToneRole, m_view));
    m_view->sortByColumn(LabelsModel::StatusColumn, Qt::DescendingOrder); // missing labels first

    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a label to list the objects that carry it, or miss it."));
    m_details->setAccessibleName(tr("Objects of the selected label"));

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_missingOnlyCheck);
    filterRow->addWidget(m_summaryLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_noteBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &LabelsFilterProxy::setFilterText);
    connect(m_missingOnlyCheck, &QCheckBox::toggled, m_proxy, &LabelsFilterProxy::setMissingOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LabelsPage::handleCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LabelsPage::handleCurrentChanged);
    updateSummary();
}

LabelsPage::~LabelsPage() = default;

void LabelsPage::setSnapshot(const core::Snapshot &snapshot, const QStringList &requiredLabels)
{
    m_requiredLabels = requiredLabels;
    m_model->setSnapshot(snapshot, requiredLabels);
    fitColumnsToContents(m_view);
    updateSummary();
}

void LabelsPage::clear()
{
    m_model->clear();
    updateSummary();
}

void LabelsPage::setNote(const QString &text)
{
    m_noteBar->setNote(MessageBar::Kind::Info, text);
}

QString LabelsPage::note() const
{
    return m_noteBar->shownText();
}

int LabelsPage::missingCount() const
{
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        count +=
            index.data(LabelsModel::StatusRole).toInt() == static_cast<int>(LabelsModel::LabelStatus::Missing) ? 1 : 0;
    }
    return count;
}

void LabelsPage::handleCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QString key = current.siblingAtColumn(LabelsModel::KeyColumn).data().toString();
    const QStringList objects = current.data(LabelsModel::ObjectsRole).toStringList();
    const bool missing =
        current.data(LabelsModel::StatusRole).toInt() == static_cast<int>(LabelsModel::LabelStatus::Missing);
    //: %1 a label key, %2 its value
    const QString heading = missing
                                ? tr("Objects without the required label %1:").arg(key)
                                : tr("Objects labelled %1=%2:")
                                      .arg(key, current.siblingAtColumn(LabelsModel::ValueColumn).data().toString());
    m_details->setPlainText(heading + QLatin1Char('\n') + objects.join(QLatin1Char('\n')));
}

void LabelsPage::updateSummary()
{
    if (m_requiredLabels.isEmpty()) {
        m_summaryLabel->setText(tr("The policy requires no labels"));
    } else {
        //: %1 the label keys the policy requires, %2 how many of them some objects lack
        m_summaryLabel->setText(
            tr("Required: %1 · %n missing", nullptr, missingCount()).arg(m_requiredLabels.join(QStringLiteral(", "))));
    }
}

void LabelsPage::saveState(QSettings &settings) const
{
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.endGroup();
}

void LabelsPage::restoreState(QSettings &settings)
{
    settings.beginGroup(SettingsGroup);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    settings.endGroup();
}

} // namespace hullcheck::ui
