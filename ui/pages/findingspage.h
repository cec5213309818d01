#pragma once

#include "core/bench/engine.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace hullcheck::ui {

class FindingsFilterProxy;
class FindingsModel;

// Benchmark results: a filter bar (text, status, severity, scope, grouping), a sortable table with status
// badges and, below it, the selected result's details with Fix… and Waive… buttons. With fixed scopes (the Daemon &
// Host tab) the scope filter is hidden and results are grouped by CIS section.
class FindingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPage)

public:
    // `settingsName` names the page's group under ui/ in QSettings; empty `scopes` shows every scope.
    explicit FindingsPage(QString settingsName, const QSet<core::Scope> &scopes = {}, QWidget *parent = nullptr);
    ~FindingsPage() override;

    void setResult(const core::ScanResult &result, std::shared_ptr<const core::RulePack> rules);
    void clear();

    FindingsModel *model() const { return m_model; }
    FindingsFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    // Rows the model holds (all results of the page's scopes).
    int resultCount() const;

    // Whether a fix plan exists for a result; Fix… stays disabled without one (and without this function).
    using FixAvailability = std::function<bool(const core::Finding &)>;
    void setFixAvailability(FixAvailability available);
    QPushButton *fixButton() const { return m_fixButton; }
    // The selected results (several with Ctrl/Shift), in the view's order.
    QList<core::Finding> selectedFindings() const;

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

signals:
    void waiveRequested(const hullcheck::core::Finding &finding);
    // Fix… on the selection: one or more results, all of the same rule.
    void fixRequested(const QList<hullcheck::core::Finding> &findings);

private:
    void handleCurrentChanged();
    void updateFixButton();
    void applyFilters();
    void updateCountLabel();

    FindingsModel *m_model = nullptr;
    FindingsFilterProxy *m_proxy = nullptr;
    std::shared_ptr<const core::RulePack> m_rules;
    QString m_settingsName;
    QSet<core::Scope> m_fixedScopes;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_waiveButton = nullptr;
    QPushButton *m_fixButton = nullptr;
    FixAvailability m_fixAvailable;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace hullcheck::ui
