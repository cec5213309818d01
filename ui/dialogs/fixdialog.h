#pragma once

#include "core/bench/rule.h"
#include "core/remediation/fixplan.h"
#include "core/remediation/livefix.h"
#include "core/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace hullcheck::ui {

class MessageBar;

// Shows the fix for one result, or for the results of one rule on many objects (a selection). A live plan
// (docker update) shows its value in an editable spin box, a table of the objects with their current and proposed
// values, the exact API changes and the equivalent commands, all updated as the value changes. Apply asks for one
// confirmation, then reports applyConfirmed() (the caller applies the plans off the GUI thread) and stays open
// until showOutcomes() fills in each object's result. When `noDaemonReason` is set (a snapshot opened from a file)
// Apply is gone and the reason is shown above the command. Artefact plans (docker run, compose, daemon.json, shell,
// Dockerfile lines) are shown read-only, one kind at a time, every object's artefact after the other, each headed by
// its object, with Copy and Save….
class FixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixDialog)

public:
    // One selected object: the plans for its result (planFixes filtered by the rule and the object) and, for a
    // container, its inspect object (to plan again with edited values).
    struct Object
    {
        QList<core::FixPlan> plans;
        QJsonObject container;
    };

    // `values`: the values the plans were made with (core::fixValuesFor the policy); edits start from them.
    FixDialog(const QList<Object> &objects,
              std::shared_ptr<const core::RulePack> rules,
              const core::FixValues &values,
              const QString &noDaemonReason,
              QWidget *parent = nullptr);
    // One object, planned with the default values.
    FixDialog(const QList<core::FixPlan> &plans,
              const QJsonObject &container,
              std::shared_ptr<const core::RulePack> rules,
              const QString &noDaemonReason,
              QWidget *parent = nullptr);
    ~FixDialog() override;

    bool isLive() const { return m_live; }
    bool canApply() const;
    bool isApplying() const { return m_applying; }
    // The first shown plan, with the edited values for a live plan.
    core::FixPlan plan() const { return m_plans.value(0); }
    // The live plans, one per object, with the edited values.
    QList<core::FixPlan> plans() const { return m_plans; }
    // The equivalent commands (live, one line per object) or the artefact text shown.
    QString text() const;

    QSpinBox *valueSpin() const { return m_value; }
    QDoubleSpinBox *cpusSpin() const { return m_cpus; }
    QTableWidget *objectsTable() const { return m_objects; }
    QPlainTextEdit *apiView() const { return m_api; }
    QPlainTextEdit *textView() const { return m_text; }
    QComboBox *artefactCombo() const { return m_artefacts; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *applyButton() const { return m_apply; }
    MessageBar *messageBar() const { return m_messageBar; }

    // The columns of objectsTable().
    enum Column { ObjectColumn, CurrentColumn, ProposedColumn, ResultColumn, ColumnCount };

public slots:
    void copyToClipboard();
    // Writes the shown text to `path` off the GUI thread; errors go to the dialog's message bar.
    void saveTo(const QString &path);
    // What applying did to each object: its rescanned status, or the daemon's message. Ends the applying state.
    void showOutcomes(const QList<hullcheck::core::LiveFixAttempt> &attempts);

signals:
    // The user confirmed the live fixes (one plan per object).
    void applyConfirmed(const QList<hullcheck::core::FixPlan> &plans);
    void saved(const QString &path);

private:
    struct LiveObject
    {
        core::FixPlan plan;
        QJsonObject container;
    };

    void setUpLive(QFormLayout *form);
    void setUpArtefacts(QVBoxLayout *layout, QFormLayout *form);
    void showLivePlans();
    void showArtefacts(int index);
    void replan();
    void handleValueChanged(int value);
    void handleCpusChanged(double cpus);
    void handleApply();
    void startApplying();
    void showSaveDialog();

    QList<LiveObject> m_liveObjects;
    QList<core::FixPlan> m_plans;                // the live plans shown, one per object
    QStringList m_artefactTypes;                 // in first-seen order
    QList<QList<core::FixPlan>> m_artefactPlans; // per type, one or more objects' plans
    QString m_artefactText;
    QString m_artefactType;
    std::shared_ptr<const core::RulePack> m_rules;
    core::FixValues m_values;
    bool m_live = false;
    bool m_daemon = false;
    bool m_applying = false;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_valueLabel = nullptr;
    QSpinBox *m_value = nullptr;
    QDoubleSpinBox *m_cpus = nullptr;
    QTableWidget *m_objects = nullptr;
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
