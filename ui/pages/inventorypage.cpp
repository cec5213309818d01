#include "ui/pages/inventorypage.h"

#include "ui/delegates/statusbadgedelegate.h"
#include "ui/formatting.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/inventoryfilterproxy.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablesetup.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hullcheck::ui {

namespace {

constexpr int MaxAutoColumnWidth = 360;

} // namespace

InventoryPage::InventoryPage(InventoryModel *model, QString settingsName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new InventoryFilterProxy(this))
    , m_settingsName(std::move(settingsName))
    , m_filterEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_noteBar(new MessageBar(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_findingsModel(new FindingsModel(this))
    , m_findingsProxy(new FindingsFilterProxy(this))
    , m_findingsView(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detailsSplitter(new QSplitter(Qt::Horizontal, this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter…"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteBar->setObjectName(QStringLiteral("noteBar"));

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_proxy);
    setUpTableView(m_view);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setItemDelegateForColumn(m_model->resultColumn(),
                                     new StatusBadgeDelegate(InventoryModel::ToneRole, m_view));

    m_findingsProxy->setSourceModel(m_findingsModel);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findingsProxy);
    setUpTableView(m_findingsView);
    m_findingsView->setItemDelegateForColumn(FindingsModel::StatusColumn,
                                             new StatusBadgeDelegate(FindingsModel::ToneRole, m_findingsView));
    m_findingsView->sortByColumn(FindingsModel::StatusColumn, Qt::DescendingOrder);
    // The object is the selected row: its kind and name would repeat on every line.
    m_findingsView->setColumnHidden(FindingsModel::ObjectKindColumn, true);
    m_findingsView->setColumnHidden(FindingsModel::ObjectNameColumn, true);
    m_findingsView->setAccessibleName(tr("Benchmark results of the selected object"));

    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a row to see its inspect data. Environment values are redacted."));
    m_details->setAccessibleName(tr("Inspect data"));

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_view);
    m_detailsSplitter->setObjectName(QStringLiteral("detailsSplitter"));
    // The environment below the inspect text: names shown, values hidden until the user reveals them.
    m_envBox = new QWidget(this);
    m_envView = new QTreeWidget(m_envBox);
    m_envView->setObjectName(QStringLiteral("envView"));
    m_envView->setHeaderLabels({tr("Environment variable"), tr("Value")});
    m_envView->setRootIsDecorated(false);
    m_envView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_envView->setAccessibleName(tr("Environment of the selected object"));
    m_revealButton = new QPushButton(tr("&Reveal Value"), m_envBox);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(tr("Show the selected variables' values here until another object is selected"));
    m_revealAllButton = new QPushButton(tr("Reveal &All Values"), m_envBox);
    m_revealAllButton->setObjectName(QStringLiteral("revealAllButton"));
    auto *revealRow = new QHBoxLayout;
    revealRow->addStretch(1);
    revealRow->addWidget(m_revealButton);
    revealRow->addWidget(m_revealAllButton);
    auto *envLayout = new QVBoxLayout(m_envBox);
    envLayout->setContentsMargins(0, 0, 0, 0);
    envLayout->addWidget(m_envView, 1);
    envLayout->addLayout(revealRow);
    m_envBox->hide();
    auto *detailsBox = new QSplitter(Qt::Vertical, this);
    detailsBox->setObjectName(QStringLiteral("inspectSplitter"));
    detailsBox->addWidget(m_details);
    detailsBox->addWidget(m_envBox);
    detailsBox->setChildrenCollapsible(false);
    m_detailsSplitter->addWidget(detailsBox);
    m_detailsSplitter->addWidget(m_findingsView);
    m_detailsSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_detailsSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_noteBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &InventoryFilterProxy::setFilterText);
    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_envView->selectedItems()) {
            revealValue(m_envView->indexOfTopLevelItem(item));
        }
    });
    connect(m_revealAllButton, &QPushButton::clicked, this, &InventoryPage::revealAllValues);
    connect(m_envView, &QTreeWidget::itemSelectionChanged, this, &InventoryPage::updateRevealButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InventoryPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InventoryPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPage::handleModelReset);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // Results arrive after the rows: widen the Result column to its badges, unless the user sized columns.
        if (!m_columnsSizedByUser) {
            m_autoSizing = true;
            m_view->resizeColumnToContents(m_model->resultColumn());
            m_autoSizing = false;
        }
        handleCurrentChanged();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::handleCurrentChanged);
    connect(m_view->horizontalHeader(),
            &QHeaderView::sectionResized,
            this,
            [this](int logicalIndex, int /*oldSize*/, int /*newSize*/) {
                // The stretched last column follows the window, and auto-sizing is ours: neither is the user's.
                const QHeaderView *header = m_view->horizontalHeader();
                if (!m_autoSizing && header->visualIndex(logicalIndex) != header->count() - 1) {
                    m_columnsSizedByUser = true;
                }
            });
    updateCountLabel();
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::setNote(const QString &text)
{
    m_noteBar->setNote(MessageBar::Kind::Info, text);
}

QString InventoryPage::note() const
{
    return m_noteBar->shownText();
}

void InventoryPage::setBadgeColumn(int column)
{
    m_view->setItemDelegateForColumn(column, new StatusBadgeDelegate(InventoryModel::ToneRole, m_view));
}

void InventoryPage::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("ui/%1").arg(m_settingsName));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("detailsSplitter"), m_detailsSplitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("columnsSizedByUser"), m_columnsSizedByUser);
    settings.endGroup();
}

void InventoryPage::restoreState(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("ui/%1").arg(m_settingsName));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_detailsSplitter->restoreState(settings.value(QStringLiteral("detailsSplitter")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        m_columnsSizedByUser = settings.value(QStringLiteral("columnsSizedByUser"), false).toBool();
    }
    settings.endGroup();
}

void InventoryPage::handleCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        m_findingsModel->clear();
        showEnvironment({});
        return;
    }
    const QJsonObject inspect = m_model->inspectAt(current.row());
    m_details->setPlainText(formatting::redactedJson(inspect));
    showEnvironment(inspect); // values hidden again: a reveal never outlives the selection
    m_findingsModel->setFindings(m_model->findingsAt(current.row()));
    fitColumnsToContents(m_findingsView);
}

void InventoryPage::showEnvironment(const QJsonObject &inspect)
{
    m_envView->clear();
    m_env.clear();
    for (const QJsonValue entry :
         inspect.value(QLatin1String("Config")).toObject().value(QLatin1String("Env")).toArray()) {
        m_env.append(entry.toString());
    }
    for (int row = 0; row < m_env.size(); ++row) {
        const QString &entry = m_env.at(row);
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        new QTreeWidgetItem(m_envView, {equals < 0 ? entry : entry.left(equals), {}}); // owned by the view
        setValueShown(row, false);
    }
    m_envBox->setVisible(!m_env.isEmpty());
    updateRevealButtons();
}

void InventoryPage::setValueShown(int row, bool shown)
{
    QTreeWidgetItem *item = m_envView->topLevelItem(row);
    if (!item || row >= m_env.size()) {
        return;
    }
    const QString &entry = m_env.at(row);
    const qsizetype equals = entry.indexOf(QLatin1Char('='));
    if (equals < 0) {
        item->setText(1, tr("(no value)"));
    } else if (shown) {
        item->setText(1, entry.mid(equals + 1)); // a redacted snapshot holds "<redacted>" here
    } else {
        //: stands for a hidden environment value
        item->setText(1, tr("•••••• (hidden)"));
    }
    item->setData(1, Qt::UserRole, shown);
}

void InventoryPage::revealValue(int row)
{
    setValueShown(row, true);
    updateRevealButtons();
}

void InventoryPage::revealAllValues()
{
    for (int row = 0; row < m_env.size(); ++row) {
        setValueShown(row, true);
    }
    updateRevealButtons();
}

void InventoryPage::updateRevealButtons()
{
    bool anyHidden = false;
    for (int row = 0; row < m_envView->topLevelItemCount(); ++row) {
        anyHidden = anyHidden || !m_envView->topLevelItem(row)->data(1, Qt::UserRole).toBool();
    }
    m_revealButton->setEnabled(!m_envView->selectedItems().isEmpty());
    m_revealAllButton->setEnabled(anyHidden);
}

void InventoryPage::handleModelReset()
{
    m_details->clear();
    showEnvironment({});
    m_findingsModel->clear();
    updateCountLabel();
    if (m_columnsSizedByUser) {
        return;
    }
    m_autoSizing = true;
    fitColumnsToContents(m_view, MaxAutoColumnWidth);
    m_autoSizing = false;
}

void InventoryPage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n object(s)", nullptr, total)
                                         : tr("%1 of %n shown", nullptr, total).arg(shown));
}

} // namespace hullcheck::ui
