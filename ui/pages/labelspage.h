#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QSplitter;
class QTableView;

namespace hullcheck::core {
struct Snapshot;
}

namespace hullcheck::ui {

class LabelsFilterProxy;
class LabelsModel;
class MessageBar;

// Labels across containers, images, networks and volumes: which objects carry each key and value, and which
// miss the labels the active policy requires. Selecting a row lists its objects below the table.
class LabelsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsPage)

public:
    explicit LabelsPage(QWidget *parent = nullptr);
    ~LabelsPage() override;

    void setSnapshot(const core::Snapshot &snapshot, const QStringList &requiredLabels);
    void clear();
    // A note above the table (e.g. "a report carries no inventory"); empty hides it.
    void setNote(const QString &text);
    QString note() const;

    LabelsModel *model() const { return m_model; }
    LabelsFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    int missingCount() const; // rows about a required label some object lacks

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

private:
    void handleCurrentChanged();
    void updateSummary();

    LabelsModel *m_model = nullptr;
    LabelsFilterProxy *m_proxy = nullptr;
    MessageBar *m_noteBar = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_missingOnlyCheck = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QStringList m_requiredLabels;
};

} // namespace hullcheck::ui
