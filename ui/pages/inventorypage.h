#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QSettings;
class QSplitter;
class QTableView;

namespace hullcheck::ui {

class FindingsFilterProxy;
class FindingsModel;
class InventoryFilterProxy;
class InventoryModel;
class MessageBar;

// One kind of Docker object: a filter box, a sortable table and, below it, the selected object's inspect
// data with environment values redacted beside its benchmark results. Works with any InventoryModel.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    // Takes ownership of `model`. `settingsName` names the page's group under ui/ in QSettings.
    InventoryPage(InventoryModel *model, QString settingsName, QWidget *parent = nullptr);
    ~InventoryPage() override;

    InventoryModel *model() const { return m_model; }
    InventoryFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The selected object's benchmark results.
    FindingsModel *findingsModel() const { return m_findingsModel; }

    // Splitter and header layout under ui/<settingsName>/.
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    // A note above the table (e.g. "a report carries no inventory"); empty hides it.
    void setNote(const QString &text);
    QString note() const;

    // The selected object's environment (Config.Env), values hidden until revealed. Revealed values show only
    // here, never in the table, the inspect text, logs or exports, and are hidden again when the selection changes.
    QTreeWidget *environmentView() const { return m_envView; }
    // Shows the real value of the environment variable in `row` of environmentView(), or of every variable.
    void revealValue(int row);
    void revealAllValues();

    // Optional delegate for the model's badge column.
    void setBadgeColumn(int column);

private:
    void handleCurrentChanged();
    void handleModelReset();
    void showEnvironment(const QJsonObject &inspect);
    void setValueShown(int row, bool shown);
    void updateRevealButtons();
    void updateCountLabel();

    InventoryModel *m_model = nullptr;
    InventoryFilterProxy *m_proxy = nullptr;
    QString m_settingsName;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    MessageBar *m_noteBar = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QWidget *m_envBox = nullptr;
    QTreeWidget *m_envView = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_revealAllButton = nullptr;
    QStringList m_env; // the selected object's "KEY=value" entries, as the snapshot holds them
    FindingsModel *m_findingsModel = nullptr;
    FindingsFilterProxy *m_findingsProxy = nullptr;
    QTableView *m_findingsView = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailsSplitter = nullptr;
    bool m_columnsSizedByUser = false;
    bool m_autoSizing = false;
};

} // namespace hullcheck::ui
