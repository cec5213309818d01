#include "ui/dialogs/fixdialog.h"

#include "core/fileio.h"
#include "ui/formatting.h"
#include "ui/widgets/messagebar.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace hullcheck::ui {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int MinimumMemoryMiB = 6; // the Engine refuses less
constexpr int MaximumMemoryMiB = 4 * 1024 * 1024;
constexpr int MaximumCpuShares = 262144;
constexpr int MaximumPids = 4194304;
constexpr int DefaultMaximumRetries = 100;
constexpr double MaximumCpus = 4096;
constexpr double NanoCpusPerCpu = 1e9;

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

// One changed HostConfig field as a person reads it: "512m", "none", "on-failure:5", "1.5 CPUs".
QString fieldText(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("RestartPolicy")) {
        const QJsonObject policy = value.toObject();
        const QString name = policy.value(QLatin1String("Name")).toString();
        const int retries = policy.value(QLatin1String("MaximumRetryCount")).toInt();
        if (name.isEmpty()) {
            return QStringLiteral("no");
        }
        return name == QLatin1String("on-failure") ? QString(name + QLatin1Char(':') + QString::number(retries)) : name;
    }
    const qint64 number = value.toInteger();
    if (value.isNull() || value.isUndefined() || number == 0) {
        //: a resource limit that is not set
        return FixDialog::tr("none");
    }
    if (key == QLatin1String("Memory") || key == QLatin1String("MemorySwap")) {
        return number < 0 ? FixDialog::tr("unlimited") : core::dockerSize(number);
    }
    if (key == QLatin1String("NanoCpus")) {
        //: %1 a number of CPUs, e.g. 1.5
        return FixDialog::tr("%1 CPUs").arg(static_cast<double>(number) / NanoCpusPerCpu);
    }
    return number < 0 ? FixDialog::tr("unlimited") : QString::number(number);
}

// The fields a live fix changes, in the API body's order: "Memory 512m, MemorySwap 512m".
QString fieldsText(const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        parts.append(fields.size() == 1 ? fieldText(it.key(), it.value())
                                        : QString(it.key() + QLatin1Char(' ') + fieldText(it.key(), it.value())));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

FixDialog::FixDialog(const QList<core::FixPlan> &plans,
                     const QJsonObject &container,
                     std::shared_ptr<const core::RulePack> rules,
                     const QString &noDaemonReason,
                     QWidget *parent)
    : FixDialog({Object{plans, container}}, std::move(rules), core::FixValues{}, noDaemonReason, parent)
{
}

FixDialog::FixDialog(const QList<Object> &objects,
                     std::shared_ptr<const core::RulePack> rules,
                     const core::FixValues &values,
                     const QString &noDaemonReason,
                     QWidget *parent)
    : QDialog(parent)
    , m_rules(std::move(rules))
    , m_values(values)
    , m_daemon(noDaemonReason.isEmpty())
    , m_messageBar(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_reason(new QLabel(noDaemonReason, this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QSpinBox(this))
    , m_cpus(new QDoubleSpinBox(this))
    , m_objects(new QTableWidget(this))
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
    setWindowTitle(objects.size() > 1 ? tr("Fix %n Results", nullptr, static_cast<int>(objects.size()))
                                      : tr("Fix Result"));
    for (const Object &object : objects) {
        const auto live = std::find_if(object.plans.begin(), object.plans.end(), [](const core::FixPlan &plan) {
            return plan.kind == core::FixKind::Live && !plan.apiPath.isEmpty();
        });
        if (live != object.plans.end()) {
            m_liveObjects.append(LiveObject{*live, object.container});
            m_plans.append(*live);
        }
        for (const core::FixPlan &plan : object.plans) {
            if (plan.kind != core::FixKind::Artefact) {
                continue;
            }
            qsizetype type = m_artefactTypes.indexOf(plan.artefactType);
            if (type < 0) {
                m_artefactTypes.append(plan.artefactType);
                m_artefactPlans.emplaceBack();
                type = m_artefactTypes.size() - 1;
            }
            m_artefactPlans[type].append(plan);
        }
    }
    m_live = !m_liveObjects.isEmpty();

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
    m_cpus->setObjectName(QStringLiteral("cpusSpin"));
    m_objects->setObjectName(QStringLiteral("objectsTable"));
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
        setUpLive(form);
    } else {
        setUpArtefacts(layout, form);
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
        showLivePlans();
    } else if (!m_artefactTypes.isEmpty()) {
        showArtefacts(0);
    }
    resize(760, m_live ? 480 : 560);
}

FixDialog::~FixDialog() = default;

void FixDialog::setUpLive(QFormLayout *form)
{
    m_text->setObjectName(QStringLiteral("commandView"));
    m_text->setAccessibleName(tr("Equivalent command"));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_api->setMaximumHeight(m_api->fontMetrics().lineSpacing() * 8);
    const core::FixPlan &first = m_plans.constFirst();
    const QJsonObject body = first.apiBody;
    const QString rule = first.ruleId;
    const bool canReplan =
        m_rules != nullptr && std::all_of(m_liveObjects.begin(), m_liveObjects.end(), [](const LiveObject &object) {
            return !object.container.isEmpty();
        });
    bool editable = canReplan;
    bool cpus = false;
    if (rule == QLatin1String(core::fixrules::Memory)) {
        m_valueLabel->setText(tr("&Memory limit:"));
        m_value->setRange(MinimumMemoryMiB, MaximumMemoryMiB);
        m_value->setSuffix(tr(" MiB"));
        m_value->setValue(static_cast<int>(body.value(QLatin1String("Memory")).toInteger() / MiB));
    } else if (rule == QLatin1String(core::fixrules::Cpu) && body.contains(QLatin1String("CpuShares"))) {
        m_valueLabel->setText(tr("CPU &shares:"));
        m_value->setRange(2, MaximumCpuShares);
        m_value->setValue(static_cast<int>(body.value(QLatin1String("CpuShares")).toInteger()));
    } else if (rule == QLatin1String(core::fixrules::Cpu) && body.contains(QLatin1String("NanoCpus"))) {
        cpus = true;
        m_valueLabel->setText(tr("&CPUs:"));
        m_cpus->setDecimals(2);
        m_cpus->setRange(0.01, MaximumCpus);
        m_cpus->setSingleStep(0.25);
        m_cpus->setValue(static_cast<double>(body.value(QLatin1String("NanoCpus")).toInteger()) / NanoCpusPerCpu);
    } else if (rule == QLatin1String(core::fixrules::Pids)) {
        m_valueLabel->setText(tr("&PIDs limit:"));
        m_value->setRange(1, MaximumPids);
        m_value->setValue(static_cast<int>(body.value(QLatin1String("PidsLimit")).toInteger()));
    } else if (rule == QLatin1String(core::fixrules::Restart) &&
               body.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")).toString() ==
                   QLatin1String("on-failure")) {
        int maximum = DefaultMaximumRetries;
        if (m_rules) {
            const auto found = std::find_if(m_rules->rules.begin(), m_rules->rules.end(), [&rule](const core::Rule &r) {
                return r.id == rule;
            });
            if (found != m_rules->rules.end()) {
                maximum = std::max(1, found->params.value(QLatin1String("max_retries")).toInt(maximum));
            }
        }
        m_valueLabel->setText(tr("&Restart retries:"));
        m_value->setRange(1, maximum);
        m_value->setValue(
            body.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("MaximumRetryCount")).toInt());
    } else {
        editable = false;
    }
    QWidget *editor = cpus ? static_cast<QWidget *>(m_cpus) : static_cast<QWidget *>(m_value);
    m_valueLabel->setBuddy(editor);
    m_valueLabel->setVisible(editable);
    m_value->setVisible(editable && !cpus);
    m_cpus->setVisible(editable && cpus);
    form->addRow(m_valueLabel, editor);

    m_objects->setColumnCount(ColumnCount);
    m_objects->setHorizontalHeaderLabels({tr("Object"), tr("Current"), tr("Proposed"), tr("Result")});
    m_objects->setRowCount(static_cast<int>(m_liveObjects.size()));
    m_objects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_objects->setSelectionMode(QAbstractItemView::NoSelection);
    m_objects->verticalHeader()->hide();
    m_objects->horizontalHeader()->setStretchLastSection(true);
    m_objects->setAccessibleName(tr("Objects to change"));
    for (int row = 0; row < m_objects->rowCount(); ++row) {
        const core::FixPlan &plan = m_liveObjects.at(row).plan;
        m_objects->setItem(row, ObjectColumn, new QTableWidgetItem(plan.target.name));
        m_objects->setItem(row, CurrentColumn, new QTableWidgetItem(fieldsText(plan.before)));
        m_objects->setItem(row, ProposedColumn, new QTableWidgetItem);
        m_objects->setItem(row, ResultColumn, new QTableWidgetItem);
    }
    const int visibleRows = std::min(m_objects->rowCount(), 6);
    m_objects->setMaximumHeight(m_objects->horizontalHeader()->sizeHint().height() +
                                (visibleRows + 1) * m_objects->verticalHeader()->defaultSectionSize());
    form->addRow(tr("Objects:"), m_objects);
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
    connect(m_cpus, &QDoubleSpinBox::valueChanged, this, &FixDialog::handleCpusChanged);
}

void FixDialog::setUpArtefacts(QVBoxLayout *layout, QFormLayout *form)
{
    m_text->setAccessibleName(tr("Fix"));
    m_valueLabel->hide();
    m_value->hide();
    m_cpus->hide();
    m_objects->hide();
    m_api->hide();
    m_apply->hide();
    for (const QString &type : std::as_const(m_artefactTypes)) {
        m_artefacts->addItem(artefactTypeText(type));
    }
    m_artefacts->setVisible(m_artefactTypes.size() > 1);
    if (m_artefactTypes.size() > 1) {
        form->addRow(tr("&Show:"), m_artefacts);
    }
    layout->addWidget(m_text, 1);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(m_artefacts, &QComboBox::currentIndexChanged, this, &FixDialog::showArtefacts);
}

bool FixDialog::canApply() const
{
    return m_live && m_daemon && !m_applying;
}

QString FixDialog::text() const
{
    if (!m_live) {
        return m_artefactText;
    }
    QStringList commands;
    for (const core::FixPlan &plan : m_plans) {
        commands.append(plan.equivalentCommand);
    }
    return commands.join(QLatin1Char('\n'));
}

void FixDialog::showLivePlans()
{
    const core::FixPlan &first = m_plans.constFirst();
    if (m_plans.size() == 1) {
        //: %1 the fix (e.g. "Limit memory to 512m"), %2 the object's name
        m_title->setText(tr("%1 — %2").arg(first.title, first.target.name));
    } else {
        //: %1 the fix (e.g. "Limit memory to 512m"), %n the number of objects
        m_title->setText(tr("%1 — %n objects", nullptr, static_cast<int>(m_plans.size())).arg(first.title));
    }
    QString api;
    QStringList notes;
    for (qsizetype row = 0; row < m_plans.size(); ++row) {
        const core::FixPlan &plan = m_plans.at(row);
        const QString body = QString::fromUtf8(QJsonDocument(plan.apiBody).toJson(QJsonDocument::Indented));
        api += QString(QStringLiteral("POST ") + plan.apiPath + QLatin1Char('\n') + body);
        m_objects->item(static_cast<int>(row), ProposedColumn)->setText(fieldsText(plan.after));
        for (const QString &note : plan.notes) {
            notes.append(m_plans.size() == 1 ? note : QString(plan.target.name + QStringLiteral(": ") + note));
        }
    }
    m_api->setPlainText(api.trimmed());
    m_text->setPlainText(text());
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_objects->resizeColumnsToContents();
}

void FixDialog::showArtefacts(int index)
{
    if (index < 0 || index >= m_artefactTypes.size()) {
        return;
    }
    const QList<core::FixPlan> &plans = m_artefactPlans.at(index);
    m_artefactType = m_artefactTypes.at(index);
    QStringList blocks;
    QStringList notes;
    for (const core::FixPlan &plan : plans) {
        QString block = plan.artefact;
        if (plans.size() > 1) {
            // Each object's artefact headed by its object, as a comment every kind of artefact accepts.
            //: %1 the object's name, %2 its rule ids
            block = QString(QStringLiteral("# ") +
                            tr("%1 (%2)").arg(plan.target.name, plan.ruleIds.join(QStringLiteral(", "))) +
                            QLatin1Char('\n') + block);
        }
        if (!block.endsWith(QLatin1Char('\n'))) {
            block += QLatin1Char('\n');
        }
        blocks.append(block);
        for (const QString &note : plan.notes) {
            const QString shown = plans.size() == 1 ? note : QString(plan.target.name + QStringLiteral(": ") + note);
            if (!notes.contains(shown)) {
                notes.append(shown);
            }
        }
    }
    // A single artefact is shown exactly as generated.
    m_artefactText = plans.size() == 1 ? plans.constFirst().artefact : blocks.join(QLatin1Char('\n'));
    const core::FixPlan &first = plans.constFirst();
    if (plans.size() == 1) {
        m_title->setText(tr("%1 — %2").arg(first.title, first.target.name));
    } else {
        //: %1 the kind of artefact (e.g. "docker run command"), %n the number of objects
        m_title->setText(
            tr("%1 for %n objects", nullptr, static_cast<int>(plans.size())).arg(artefactTypeText(m_artefactType)));
    }
    m_text->setPlainText(m_artefactText);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void FixDialog::replan()
{
    if (!m_rules || m_applying) {
        return;
    }
    for (qsizetype row = 0; row < m_liveObjects.size(); ++row) {
        const LiveObject &object = m_liveObjects.at(row);
        if (object.container.isEmpty()) {
            return;
        }
        core::FixPlan plan = core::planLiveFix(object.plan.ruleId, object.container, *m_rules, m_values);
        plan.ruleIds = object.plan.ruleIds;
        m_plans[row] = plan;
    }
    showLivePlans();
}

void FixDialog::handleValueChanged(int value)
{
    const QString rule = m_plans.constFirst().ruleId;
    if (rule == QLatin1String(core::fixrules::Memory)) {
        m_values.memoryBytes = value * MiB;
    } else if (rule == QLatin1String(core::fixrules::Cpu)) {
        m_values.cpuShares = value;
        m_values.nanoCpus = 0;
        m_values.cpuQuota = 0;
    } else if (rule == QLatin1String(core::fixrules::Pids)) {
        m_values.pidsLimit = value;
    } else if (rule == QLatin1String(core::fixrules::Restart)) {
        m_values.restartPolicy = QStringLiteral("on-failure");
        m_values.restartRetries = value;
    }
    replan();
}

void FixDialog::handleCpusChanged(double cpus)
{
    m_values.nanoCpus = std::llround(cpus * NanoCpusPerCpu);
    m_values.cpuQuota = 0;
    replan();
}

void FixDialog::handleApply()
{
    if (!canApply()) {
        return;
    }
    const core::FixPlan &first = m_plans.constFirst();
    QString question;
    if (m_plans.size() == 1) {
        //: %1 the container's name, %2 the change (e.g. "Limit memory to 512m"), %3 the docker update command
        question = tr("Change the running container %1 now?\n\n%2\n\nThis is the same as:\n%3")
                       .arg(first.target.name, first.title, first.equivalentCommand);
    } else {
        //: %n the number of containers, %1 the change (e.g. "Limit memory to 512m"), %2 the docker update commands
        question = tr("Change %n running containers now?\n\n%1\n\nThis is the same as:\n%2",
                      nullptr,
                      static_cast<int>(m_plans.size()))
                       .arg(first.title, text());
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Apply Fix"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes) {
            startApplying();
        }
    });
    box->open();
}

void FixDialog::startApplying()
{
    if (!canApply()) {
        return;
    }
    m_applying = true;
    m_apply->setEnabled(false);
    m_value->setEnabled(false);
    m_cpus->setEnabled(false);
    m_messageBar->dismiss();
    for (int row = 0; row < m_objects->rowCount(); ++row) {
        m_objects->item(row, ResultColumn)->setText(tr("Applying…"));
    }
    emit applyConfirmed(m_plans);
}

void FixDialog::showOutcomes(const QList<core::LiveFixAttempt> &attempts)
{
    m_applying = false;
    int fixed = 0;
    QStringList failures;
    for (const core::LiveFixAttempt &attempt : attempts) {
        int row = -1;
        for (int candidate = 0; candidate < m_plans.size(); ++candidate) {
            if (m_plans.at(candidate).target.id == attempt.plan.target.id) {
                row = candidate;
            }
        }
        QString result;
        if (attempt.outcome.ok()) {
            ++fixed;
            //: %1 the rule's new status after the rescan (Pass, Fail, ...)
            result = tr("Applied: %1").arg(formatting::statusText(attempt.outcome.value().status));
            for (const QString &warning : attempt.outcome.value().warnings) {
                result += QStringLiteral("; ") + warning;
            }
        } else {
            result = tr("Failed: %1").arg(attempt.outcome.error().message);
            failures.append(attempt.outcome.error().message);
        }
        if (row >= 0) {
            QTableWidgetItem *item = m_objects->item(row, ResultColumn);
            item->setText(result);
            item->setToolTip(result);
        }
    }
    m_objects->resizeColumnsToContents();
    if (failures.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Info,
                                  tr("Applied to %n object(s); the results are scanned again.", nullptr, fixed));
    } else {
        //: %1 how many were changed, %2 how many were tried, %3 the daemon's messages, one per line
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Applied to %1 of %2 objects.\n%3")
                                      .arg(fixed)
                                      .arg(attempts.size())
                                      .arg(failures.join(QLatin1Char('\n'))));
    }
    // Applied once: what remains is to read the outcome.
    m_apply->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
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
    dialog->selectFile(suggestedFileName(m_artefactType));
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
