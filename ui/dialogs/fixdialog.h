#pragma once

#include "core/bench/rule.h"
#include "core/remediation/fixplan.h"
#include "core/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hullcheck::ui {

class MessageBar;

// Shows the fix for one result. A live plan (docker update) shows its value in an editable spin box, the exact
// API change and the equivalent command, both updated as the value changes; Apply asks for confirmation and then
// reports applyConfirmed() (the caller applies it off the GUI thread). When `noDaemonReason` is set (a snapshot
// opened from a file) Apply is gone and the reason is shown above the command. Artefact plans (docker run,
// compose, daemon.json, shell, Dockerfile lines) are shown read-only, one at a time, with Copy and Save….
class FixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixDialog)

public:
    // `plans`: the plans for one result (planFixes filtered by its rule and object); the first live plan wins.
    // `container`: the inspect object of the live plan's container (to plan again with edited values).
    FixDialog(const QList<core::FixPlan> &plans,
              const QJsonObject &container,
              std::shared_ptr<const core::RulePack> rules,
              const QString &noDaemonReason,
              QWidget *parent = nullptr);
    ~FixDialog() override;

    bool isLive() const { return m_live; }
    bool canApply() const;
    // The shown plan, with the edited values for a live plan.
    core::FixPlan plan() const { return m_plan; }
    // The equivalent command (live) or the artefact text.
    QString text() const;

    QSpinBox *valueSpin() const { return m_value; }
    QPlainTextEdit *apiView() const { return m_api; }
    QPlainTextEdit *textView() const { return m_text; }
    QComboBox *artefactCombo() const { return m_artefacts; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *applyButton() const { return m_apply; }

public slots:
    void copyToClipboard();
    // Writes the shown text to `path` off the GUI thread; errors go to the dialog's message bar.
    void saveTo(const QString &path);

signals:
    // The user confirmed a live fix.
    void applyConfirmed(const hullcheck::core::FixPlan &plan);
    void saved(const QString &path);

private:
    void showPlan(const core::FixPlan &plan);
    void handleValueChanged(int value);
    void handleArtefactChanged(int index);
    void handleApply();
    void showSaveDialog();

    QList<core::FixPlan> m_artefactPlans;
    core::FixPlan m_plan;
    QJsonObject m_container;
    std::shared_ptr<const core::RulePack> m_rules;
    bool m_live = false;
    bool m_daemon = false;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_valueLabel = nullptr;
    QSpinBox *m_value = nullptr;
    QComboBox *m_artefacts = nullptr;
    QPlainTextEdit *m_api = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_apply = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<core::VoidResult> *m_saveWatcher = nullptr;
};

} // namespace hullcheck::ui
