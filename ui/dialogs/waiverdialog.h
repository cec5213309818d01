#pragma once

#include "core/bench/finding.h"
#include "core/bench/policy.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace hullcheck::ui {

// Asks for what a waiver records: which objects (a glob, the result's object by default), why, who approved
// it and until when. OK stays disabled until the target and the reason are filled in.
class WaiverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaiverDialog)

public:
    WaiverDialog(const core::Finding &finding, const QString &policyFile, QWidget *parent = nullptr);
    ~WaiverDialog() override;

    core::Waiver waiver() const;

    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void updateButtons();

    QString m_ruleId;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_approver = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiry = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hullcheck::ui
