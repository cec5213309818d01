#include "ui/dialogs/fixdialog.h"

#include "core/fileio.h"
#include "ui/widgets/messagebar.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hullcheck::ui {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int MinimumMemoryMiB = 6; // the Engine refuses less
constexpr int MaximumMemoryMiB = 4 * 1024 * 1024;
constexpr int MaximumCpuShares = 262144;
constexpr int MaximumPids = 4194304;
constexpr int DefaultMaximumRetries = 100;

QString artefactTypeText(const QString &type)
{
    if (type == QLatin1String("docker-run")) {
        return FixDialog::tr("docker run command");
    }
    if (type == QLatin1String("compose")) {
        return FixDialog::tr("Compose service");
    }
    if (type == QLatin1String("daemon.json")) {
        return FixDialog::tr("daemon.json patch");
    }
    if (type == QLatin1String("shell")) {
        return FixDialog::tr("Shell commands");
    }
    if (type == QLatin1String("dockerfile")) {
        return FixDialog::tr("Dockerfile lines");
    }
    return type;
}

QString suggestedFileName(const QString &type)
{
    if (type == QLatin1String("docker-run")) {
        return QStringLiteral("docker-run.sh");
    }
    if (type == QLatin1String("compose")) {
        return QStringLiteral("compose.yaml");
    }
    if (type == QLatin1String("daemon.json")) {
        return QStringLiteral("daemon.json.diff");
    }
    if (type == QLatin1String("dockerfile")) {
        return QStringLiteral("Dockerfile.fix");
    }
    return QStringLiteral("fix.sh");
}

QPlainTextEdit *monospaceView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

FixDialog::FixDialog(const QList<core::FixPlan> &plans,
                     const QJsonObject &container,
                     std::shared_ptr<const core::RulePack> rules,
                     const QString &noDaemonReason,
                     QWidget *parent)
    : QDialog(parent)
    , m_container(container)
    , m_rules(std::move(rules))
    , m_daemon(noDaemonReason.isEmpty())
    , m_messageBar(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_reason(new QLabel(noDaemonReason, this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QSpinBox(this))
    , m_artefacts(new QComboBox(this))
    , m_api(monospaceView(this, QStringLiteral("apiView")))
    , m_text(monospaceView(this, QStringLiteral("textView")))
    , m_notes(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_saveWatcher(new QFutureWatcher<core::VoidResult>(this))
{
    setWindowTitle(tr("Fix Result"));
    const auto live = std::find_if(plans.begin(), plans.end(), [](const core::FixPlan &plan) {
        return plan.kind == core::FixKind::Live && !plan.apiPath.isEmpty();
    });
    m_live = live != plans.end();
    for (const core::FixPlan &plan : plans) {
        if (plan.kind == core::FixKind::Artefact) {
            m_artefactPlans.append(plan);
        }
    }

    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setVisible(m_live && !m_daemon);
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_value->setObjectName(QStringLiteral("valueSpin"));
    m_artefacts->setObjectName(QStringLiteral("artefactCombo"));
    m_artefacts->setAccessibleName(tr("Artefact"));
    m_api->setAccessibleName(tr("API change"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (m_live) {
        m_text->setObjectName(QStringLiteral("commandView"));
        m_text->setAccessibleName(tr("Equivalent command"));
        m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4);
        m_api->setMaximumHeight(m_api->fontMetrics().lineSpacing() * 8);
        m_plan = *live;
        const QJsonObject body = m_plan.apiBody;
        const QString rule = m_plan.ruleId;
        bool editable = m_rules != nullptr && !m_container.isEmpty();
        if (rule == QLatin1String(core::fixrules::Memory)) {
            m_valueLabel->setText(tr("&Memory limit:"));
            m_value->setRange(MinimumMemoryMiB, MaximumMemoryMiB);
            m_value->setSuffix(tr(" MiB"));
            m_value->setValue(static_cast<int>(body.value(QLatin1String("Memory")).toInteger() / MiB));
        } else if (rule == QLatin1String(core::fixrules::Cpu) && body.contains(QLatin1String("CpuShares"))) {
            m_valueLabel->setText(tr("CPU &shares:"));
            m_value->setRange(2, MaximumCpuShares);
            m_value->setValue(static_cast<int>(body.value(QLatin1String("CpuShares")).toInteger()));
        } else if (rule == QLatin1String(core::fixrules::Pids)) {
            m_valueLabel->setText(tr("&PIDs limit:"));
            m_value->setRange(1, MaximumPids);
            m_value->setValue(static_cast<int>(body.value(QLatin1String("PidsLimit")).toInteger()));
        } else if (rule == QLatin1String(core::fixrules::Restart)) {
            int maximum = DefaultMaximumRetries;
            if (m_rules) {
                const auto found =
                    std::find_if(m_rules->rules.begin(), m_rules->rules.end(), [&rule](const core::Rule &r) {
                        return r.id == rule;
                    });
                if (found != m_rules->rules.end()) {
                    maximum = std::max(1, found->params.value(QLatin1String("max_retries")).toInt(maximum));
                }
            }
            m_valueLabel->setText(tr("&Restart retries:"));
            m_value->setRange(1, maximum);
            m_value->setValue(body.value(QLatin1String("RestartPolicy"))
                                  .toObject()
                                  .value(QLatin1String("MaximumRetryCount"))
                                  .toInt());
        } else {
            editable = false;
        }
        m_valueLabel->setBuddy(m_value);
        m_value->setVisible(editable);
        m_valueLabel->setVisible(editable);
        form->addRow(m_valueLabel, m_value);
        form->addRow(tr("API change:"), m_api);
        form->addRow(tr("Equivalent command:"), m_text);
        m_artefacts->hide();
        m_save->hide();
        if (m_daemon) {
            m_buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
            m_apply->setDefault(true);
        } else {
            m_apply->hide();
        }
        connect(m_value, &QSpinBox::valueChanged, this, &FixDialog::handleValueChanged);
    } else {
        m_text->setAccessibleName(tr("Fix"));
        m_valueLabel->hide();
        m_value->hide();
        m_api->hide();
        m_apply->hide();
        for (const core::FixPlan &plan : std::as_const(m_artefactPlans)) {
            m_artefacts->addItem(artefactTypeText(plan.artefactType));
        }
        m_artefacts->setVisible(m_artefactPlans.size() > 1);
        if (m_artefactPlans.size() > 1) {
            form->addRow(tr("&Show:"), m_artefacts);
        }
        layout->addWidget(m_text, 1);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        connect(m_artefacts, &QComboBox::currentIndexChanged, this, &FixDialog::handleArtefactChanged);
    }
    layout->addWidget(m_notes);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_copy);
    buttonRow->addWidget(m_save);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);

    connect(m_copy, &QPushButton::clicked, this, &FixDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &FixDialog::showSaveDialog);
    connect(m_apply, &QPushButton::clicked, this, &FixDialog::handleApply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveWatcher, &QFutureWatcher<core::VoidResult>::finished, this, [this] {
        const core::VoidResult written = m_saveWatcher->result();
        const QString path = m_saveWatcher->property("path").toString();
        m_save->setEnabled(true);
        if (!written.ok()) {
            m_messageBar->showMessage(MessageBar::Kind::Error, written.error().message);
            return;
        }
        m_messageBar->showMessage(MessageBar::Kind::Info, tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        emit saved(path);
    });

    if (m_live) {
        showPlan(m_plan);
    } else if (!m_artefactPlans.isEmpty()) {
        showPlan(m_artefactPlans.constFirst());
    }
    resize(720, m_live ? 420 : 560);
}

FixDialog::~FixDialog() = default;

bool FixDialog::canApply() const
{
    return m_live && m_daemon;
}

QString FixDialog::text() const
{
    return m_live ? m_plan.equivalentCommand : m_plan.artefact;
}

void FixDialog::showPlan(const core::FixPlan &plan)
{
    m_plan = plan;
    //: %1 the fix (e.g. "Limit memory to 512m"), %2 the object's name
    m_title->setText(tr("%1 — %2").arg(plan.title, plan.target.name));
    if (m_live) {
        const QString body = QString::fromUtf8(QJsonDocument(plan.apiBody).toJson(QJsonDocument::Indented));
        m_api->setPlainText(QStringLiteral("POST ") + plan.apiPath + QLatin1Char('\n') + body);
        m_text->setPlainText(plan.equivalentCommand);
    } else {
        m_text->setPlainText(plan.artefact);
    }
    m_notes->setText(plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!plan.notes.isEmpty());
}

void FixDialog::handleValueChanged(int value)
{
    if (!m_rules || m_container.isEmpty()) {
        return;
    }
    core::FixValues values;
    const QString rule = m_plan.ruleId;
    if (rule == QLatin1String(core::fixrules::Memory)) {
        values.memoryBytes = value * MiB;
    } else if (rule == QLatin1String(core::fixrules::Cpu)) {
        values.cpuShares = value;
    } else if (rule == QLatin1String(core::fixrules::Pids)) {
        values.pidsLimit = value;
    } else if (rule == QLatin1String(core::fixrules::Restart)) {
        values.restartRetries = value;
    }
    core::FixPlan plan = core::planLiveFix(rule, m_container, *m_rules, values);
    plan.ruleIds = m_plan.ruleIds;
    showPlan(plan);
}

void FixDialog::handleArtefactChanged(int index)
{
    if (index >= 0 && index < m_artefactPlans.size()) {
        showPlan(m_artefactPlans.at(index));
    }
}

void FixDialog::handleApply()
{
    if (!canApply()) {
        return;
    }
    //: %1 the container's name, %2 the change (e.g. "Limit memory to 512m"), %3 the docker update command
    const QString question = tr("Change the running container %1 now?\n\n%2\n\nThis is the same as:\n%3")
                                 .arg(m_plan.target.name, m_plan.title, m_plan.equivalentCommand);
    if (QMessageBox::question(this, tr("Apply Fix"), question, QMessageBox::Yes | QMessageBox::Cancel) !=
        QMessageBox::Yes) {
        return;
    }
    emit applyConfirmed(m_plan);
    accept();
}

void FixDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(text());
}

void FixDialog::showSaveDialog()
{
    auto *dialog = new QFileDialog(this, tr("Save Fix"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggestedFileName(m_plan.artefactType));
    connect(dialog, &QFileDialog::fileSelected, this, &FixDialog::saveTo);
    dialog->open();
}

void FixDialog::saveTo(const QString &path)
{
    m_save->setEnabled(false);
    m_messageBar->dismiss();
    m_saveWatcher->setProperty("path", path);
    m_saveWatcher->setFuture(QtConcurrent::run([path, bytes = text().toUtf8()] {
        return core::writeFileAtomically(path, bytes, false);
    }));
}

} // namespace hullcheck::ui
