#include "ui/dialogs/waiverdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hullcheck::ui {

namespace {

constexpr int DefaultWaiverDays = 90;

} // namespace

WaiverDialog::WaiverDialog(const core::Finding &finding, const QString &policyFile, QWidget *parent)
    : QDialog(parent)
    , m_ruleId(finding.ruleId)
    , m_target(new QLineEdit(finding.target.name, this))
    , m_reason(new QLineEdit(this))
    , m_approver(new QLineEdit(this))
    , m_expires(new QCheckBox(tr("Expires after"), this))
    , m_expiry(new QDateEdit(QDate::currentDate().addDays(DefaultWaiverDays), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Waive Result"));
    //: %1 the rule's title, %2 its id, %3 the policy file
    auto *intro = new QLabel(tr("Accept “%1” (%2). The waiver is added to %3.")
                                 .arg(finding.title, finding.ruleId, QDir::toNativeSeparators(policyFile)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setToolTip(tr("The object's name, or a glob such as web-* (* for every object)"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why this is accepted, e.g. a ticket"));
    m_approver->setObjectName(QStringLiteral("approverEdit"));
    m_approver->setPlaceholderText(tr("Who accepted it (optional)"));
    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expires->setChecked(true);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(QDate::currentDate());
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Objects:"), m_target);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Approver:"), m_approver);
    form->addRow(tr("Expiry:"), expiryRow);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Waive"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &WaiverDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &WaiverDialog::updateButtons);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    updateButtons();
    resize(520, sizeHint().height());
}

WaiverDialog::~WaiverDialog() = default;

core::Waiver WaiverDialog::waiver() const
{
    core::Waiver waiver;
    waiver.ruleId = m_ruleId;
    waiver.targetPattern = m_target->text().trimmed();
    waiver.reason = m_reason->text().trimmed();
    waiver.approver = m_approver->text().trimmed();
    waiver.expires = m_expires->isChecked() ? m_expiry->date() : QDate();
    return waiver;
}

void WaiverDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_target->text().trimmed().isEmpty() && !m_reason->text().trimmed().isEmpty());
}

} // namespace hullcheck::ui
