#include "ui/dialogs/connectdialog.h"

#include "core/docker/contextstore.h"
#include "core/docker/daemonprobe.h"
#include "ui/statuspalette.h"
#include "ui/widgets/filepathedit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace hullcheck::ui {

namespace {

constexpr QLatin1String SettingsGroup("ui/ConnectDialog");

QString modeKey(ConnectDialog::Mode mode)
{
    switch (mode) {
    case ConnectDialog::Mode::Environment: return QStringLiteral("environment");
    case ConnectDialog::Mode::Context: return QStringLiteral("context");
    case ConnectDialog::Mode::Host: return QStringLiteral("host");
    }
    return QStringLiteral("environment");
}

// Indents a dependent widget under its radio button.
QWidget *indented(QWidget *child, QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(child);
    return holder;
}

} // namespace

ConnectDialog::ConnectDialog(core::EndpointResolver resolver, QWidget *parent)
    : QDialog(parent)
    , m_resolver(std::move(resolver))
{
    setWindowTitle(tr("Connect to a Docker Daemon"));
    buildForm();
    fillContexts();
    loadSettings();
    updateEnabled();
}

ConnectDialog::~ConnectDialog()
{
    *m_testCancel = true;
}

void ConnectDialog::buildForm()
{
    m_modeGroup = new QButtonGroup(this);
    m_environmentRadio = new QRadioButton(tr("From &environment (DOCKER_HOST / current context)"), this);
    m_environmentRadio->setObjectName(QStringLiteral("environmentRadio"));
    m_environmentPreview = new QLabel(this);
    m_environmentPreview->setObjectName(QStringLiteral("environmentPreview"));
    m_environmentPreview->setWordWrap(true);
    m_environmentPreview->setTextFormat(Qt::PlainText);
    m_environmentPreview->setForegroundRole(QPalette::PlaceholderText);

    m_contextRadio = new QRadioButton(tr("Docker &context"), this);
    m_contextRadio->setObjectName(QStringLiteral("contextRadio"));
    m_contextCombo = new QComboBox(this);
    m_contextCombo->setObjectName(QStringLiteral("contextCombo"));
    m_contextCombo->setAccessibleName(tr("Docker context"));

    m_hostRadio = new QRadioButton(tr("&Host"), this);
    m_hostRadio->setObjectName(QStringLiteral("hostRadio"));
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setAccessibleName(tr("Docker host"));
    m_hostEdit->setPlaceholderText(tr("unix:///var/run/docker.sock or tcp://host:2376"));
    m_hostEdit->setClearButtonEnabled(true);

    m_tlsGroup = new QGroupBox(tr("Use &TLS"), this);
    m_tlsGroup->setObjectName(QStringLiteral("tlsGroup"));
    m_tlsGroup->setCheckable(true);
    m_tlsGroup->setChecked(false);
    m_verifyCheck = new QCheckBox(tr("&Verify server certificate"), m_tlsGroup);
    m_verifyCheck->setObjectName(QStringLiteral("verifyCheck"));
    m_verifyCheck->setChecked(true);
    m_verifyWarning = new QLabel(tr("The daemon's identity will not be checked"), m_tlsGroup);
    m_verifyWarning->setObjectName(QStringLiteral("verifyWarning"));
    m_verifyWarning->setWordWrap(true);
    QFont bold = m_verifyWarning->font();
    bold.setBold(true);
    m_verifyWarning->setFont(bold);
    setTextTone(m_verifyWarning, Tone::Critical);
    m_verifyWarning->setVisible(false);
    m_plainTcpWarning = new QLabel(tr("Plain TCP: the traffic is not encrypted and the daemon's identity is not "
                                      "checked. Use TLS, or a unix socket."),
                                   this);
    m_plainTcpWarning->setObjectName(QStringLiteral("plainTcpWarning"));
    m_plainTcpWarning->setWordWrap(true);
    m_plainTcpWarning->setFont(bold);
    setTextTone(m_plainTcpWarning, Tone::Critical);
    m_plainTcpWarning->setVisible(false);

    const QString certDir = m_resolver.configDir({});
    m_caEdit = new FilePathEdit(tr("CA certificate"), m_tlsGroup);
    m_caEdit->setObjectName(QStringLiteral("caEdit"));
    //: %1 is a directory
    m_caEdit->setPlaceholderText(tr("Default: %1/ca.pem").arg(certDir));
    m_certEdit = new FilePathEdit(tr("Client certificate"), m_tlsGroup);
    m_certEdit->setObjectName(QStringLiteral("certEdit"));
    m_certEdit->setPlaceholderText(tr("Default: %1/cert.pem if present").arg(certDir));
    m_keyEdit = new FilePathEdit(tr("Client key"), m_tlsGroup);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setPlaceholderText(tr("Default: %1/key.pem if present").arg(certDir));

    auto *tlsLayout = new QFormLayout(m_tlsGroup);
    tlsLayout->addRow(m_verifyCheck);
    tlsLayout->addRow(m_verifyWarning);
    tlsLayout->addRow(tr("CA certificate:"), m_caEdit);
    tlsLayout->addRow(tr("Client certificate:"), m_certEdit);
    tlsLayout->addRow(tr("Client key:"), m_keyEdit);

    m_modeGroup->addButton(m_environmentRadio, static_cast<int>(Mode::Environment));
    m_modeGroup->addButton(m_contextRadio, static_cast<int>(Mode::Context));
    m_modeGroup->addButton(m_hostRadio, static_cast<int>(Mode::Host));
    m_environmentRadio->setChecked(true);

    auto *hostBox = new QWidget(this);
    auto *hostLayout = new QVBoxLayout(hostBox);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addWidget(m_hostEdit);
    hostLayout->addWidget(m_plainTcpWarning);
    hostLayout->addWidget(m_tlsGroup);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextTone(m_errorLabel, Tone::Critical);
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_testButton = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testLabel = new QLabel(this);
    m_testLabel->setObjectName(QStringLiteral("testLabel"));
    m_testLabel->setWordWrap(true);
    m_testLabel->setTextFormat(Qt::PlainText);
    m_testLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testLabel->hide();

    // Profiles: named sets of the choices below (paths only).
    m_profiles = new core::ConnectionProfiles(this);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileNameEdit = new QLineEdit(this);
    m_profileNameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileNameEdit->setPlaceholderText(tr("Profile name"));
    m_saveProfileButton = new QPushButton(tr("&Save Profile"), this);
    m_saveProfileButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_removeProfileButton = new QPushButton(tr("Re&move"), this);
    m_removeProfileButton->setObjectName(QStringLiteral("removeProfileButton"));
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profileCombo);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_profileNameEdit, 1);
    profileRow->addWidget(m_saveProfileButton);
    profileRow->addWidget(m_removeProfileButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addSpacing(6);
    layout->addWidget(m_environmentRadio);
    layout->addWidget(indented(m_environmentPreview, this));
    layout->addSpacing(6);
    layout->addWidget(m_contextRadio);
    layout->addWidget(indented(m_contextCombo, this));
    layout->addSpacing(6);
    layout->addWidget(m_hostRadio);
    layout->addWidget(indented(hostBox, this));
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_testLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_saveProfileButton, &QPushButton::clicked, this, &ConnectDialog::saveProfile);
    connect(m_removeProfileButton, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    connect(m_profileCombo, &QComboBox::activated, this, &ConnectDialog::handleProfileChosen);
    fillProfiles(m_profiles->activeProfile());

    connect(m_modeGroup, &QButtonGroup::idToggled, this, &ConnectDialog::updateEnabled);
    connect(m_verifyCheck, &QCheckBox::toggled, this, &ConnectDialog::updateEnabled);
    connect(m_tlsGroup, &QGroupBox::toggled, this, &ConnectDialog::updateEnabled);
    connect(m_hostEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    // Typing into a field means the user picked that way of connecting.
    connect(m_hostEdit, &QLineEdit::textEdited, this, [this] {
        m_hostRadio->setChecked(true);
    });

    const core::Result<core::Endpoint> fromEnvironment = m_resolver.resolve({});
    if (fromEnvironment.ok()) {
        //: %1 is an endpoint description, %2 where it came from (DOCKER_HOST, a context, default)
        m_environmentPreview->setText(
            tr("Currently %1, from %2").arg(fromEnvironment.value().describe(), fromEnvironment.value().source));
    } else {
        m_environmentPreview->setText(fromEnvironment.error().message);
    }
}

void ConnectDialog::fillProfiles(const QString &current)
{
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("(new profile)"), QString());
    for (const QString &name : m_profiles->names()) {
        m_profileCombo->addItem(name, name);
    }
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(current)));
    m_profileNameEdit->setText(m_profileCombo->currentData().toString());
    m_removeProfileButton->setEnabled(m_profileCombo->currentIndex() > 0);
}

void ConnectDialog::handleProfileChosen()
{
    const QString name = m_profileCombo->currentData().toString();
    m_profileNameEdit->setText(name);
    m_removeProfileButton->setEnabled(!name.isEmpty());
    if (const std::optional<core::ConnectionProfile> profile = m_profiles->profile(name)) {
        setOptions(profile->options);
    }
}

QString ConnectDialog::profileName() const
{
    return m_profileCombo->currentData().toString();
}

void ConnectDialog::setOptions(const core::ConnectionOptions &options)
{
    if (!options.host.isEmpty()) {
        setMode(Mode::Host);
        m_hostEdit->setText(options.host);
        m_tlsGroup->setChecked(options.tls || options.tlsVerify.value_or(false));
        m_verifyCheck->setChecked(options.tlsVerify.value_or(true));
        m_caEdit->setPath(options.tlsCaCert);
        m_certEdit->setPath(options.tlsCert);
        m_keyEdit->setPath(options.tlsKey);
    } else if (!options.context.isEmpty()) {
        setMode(Mode::Context);
        const int index = m_contextCombo->findData(options.context);
        if (index < 0) {
            m_contextCombo->addItem(options.context, options.context); // a context that is gone: resolving says so
        }
        m_contextCombo->setCurrentIndex(m_contextCombo->findData(options.context));
    } else {
        setMode(Mode::Environment);
    }
    updateEnabled();
}

void ConnectDialog::saveProfile()
{
    const QString name = m_profileNameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the profile a name."));
        m_profileNameEdit->setFocus();
        return;
    }
    const core::ConnectionProfile profile{name, options()};
    const QString current = m_profileCombo->currentData().toString();
    if (current.isEmpty() || !m_profiles->replaceProfile(current, profile)) {
        m_profiles->setProfile(profile);
    }
    fillProfiles(name);
}

void ConnectDialog::removeProfile()
{
    const QString current = m_profileCombo->currentData().toString();
    if (!current.isEmpty()) {
        m_profiles->removeProfile(current);
        fillProfiles({});
    }
}

void ConnectDialog::testConnection()
{
    const core::Result<core::Endpoint> endpoint = m_resolver.resolve(options());
    if (!endpoint.ok()) {
        showError(endpoint.error().message);
        emit connectionTested(false, endpoint.error().message);
        return;
    }
    m_errorLabel->hide();
    const quint64 generation = ++m_testGeneration;
    m_testButton->setEnabled(false);
    m_testLabel->setPalette(palette());
    //: %1 is an endpoint such as unix:///var/run/docker.sock
    m_testLabel->setText(tr("Contacting %1…").arg(endpoint.value().describe()));
    m_testLabel->show();

    // The worker holds its own cancel flag; a newer test or closing the dialog sets it, so a hanging daemon is
    // abandoned.
    *m_testCancel = true;
    m_testCancel = std::make_shared<std::atomic_bool>(false);
    using Answer = core::Result<core::DaemonIdentity>;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_testGeneration) {
            return;
        }
        m_testButton->setEnabled(true);
        const Answer answer = watcher->result();
        QString text;
        if (answer.ok()) {
            const core::DaemonIdentity &identity = answer.value();
            //: %1 daemon name, %2 engine version, %3 API version used, %4 the daemon's highest API version
            text = tr("Connected to %1: Docker Engine %2, API %3 (daemon supports up to %4).")
                       .arg(identity.name, identity.engineVersion, identity.apiVersion, identity.serverApiVersion);
            setTextTone(m_testLabel, Tone::Positive);
        } else {
            text = answer.error().message;
            setTextTone(m_testLabel, Tone::Critical);
        }
        m_testLabel->setText(text);
        emit connectionTested(answer.ok(), text);
    });
    watcher->setFuture(QtConcurrent::run([endpoint = endpoint.value(), cancel = m_testCancel] {
        return core::probeDaemon(endpoint, *cancel);
    }));
}

void ConnectDialog::fillContexts()
{
    //: the docker CLI's built-in context: DOCKER_HOST or the default socket
    m_contextCombo->addItem(tr("default — DOCKER_HOST or %1").arg(core::EndpointResolver::defaultSocketPath()),
                            QStringLiteral("default"));
    const core::Result<QList<core::DockerContext>> contexts = core::ContextStore(m_resolver.configDir({})).contexts();
    if (!contexts.ok()) {
        m_contextCombo->setToolTip(contexts.error().message);
        return;
    }
    for (const core::DockerContext &context : contexts.value()) {
        const QString host = context.host.isEmpty() ? core::EndpointResolver::defaultSocketPath() : context.host;
        //: %1 is a docker context name, %2 its daemon address
        m_contextCombo->addItem(tr("%1 — %2").arg(context.name, host), context.name);
        m_contextCombo->setItemData(m_contextCombo->count() - 1, context.description, Qt::ToolTipRole);
    }
}

ConnectDialog::Mode ConnectDialog::mode() const
{
    return static_cast<Mode>(m_modeGroup->checkedId());
}

void ConnectDialog::setMode(Mode mode)
{
    m_modeGroup->button(static_cast<int>(mode))->setChecked(true);
}

core::ConnectionOptions ConnectDialog::options() const
{
    core::ConnectionOptions options;
    switch (mode()) {
    case Mode::Environment: break;
    case Mode::Context: options.context = m_contextCombo->currentData().toString(); break;
    case Mode::Host:
        options.host = m_hostEdit->text().trimmed();
        // Unchecked leaves TLS to DOCKER_TLS_VERIFY / DOCKER_TLS, as for `docker -H`.
        if (m_tlsGroup->isChecked()) {
            options.tls = true;
            options.tlsVerify = m_verifyCheck->isChecked();
            options.tlsCaCert = m_caEdit->path();
            options.tlsCert = m_certEdit->path();
            options.tlsKey = m_keyEdit->path();
        }
        break;
    }
    return options;
}

void ConnectDialog::accept()
{
    if (mode() == Mode::Host && m_hostEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter the daemon's address, for example unix:///var/run/docker.sock or tcp://host:2376."));
        m_hostEdit->setFocus();
        return;
    }
    const core::Result<core::Endpoint> endpoint = m_resolver.resolve(options());
    if (!endpoint.ok()) {
        showError(endpoint.error().message);
        return;
    }
    m_endpoint = endpoint.value();
    m_profiles->setActiveProfile(profileName());
    saveSettings();
    QDialog::accept();
}

void ConnectDialog::updateEnabled()
{
    ++m_testGeneration; // a test of other settings no longer applies
    if (m_testButton) {
        m_testButton->setEnabled(true);
        m_testLabel->hide();
    }
    m_contextCombo->setEnabled(mode() == Mode::Context);
    m_hostEdit->setEnabled(mode() == Mode::Host);
    m_tlsGroup->setEnabled(mode() == Mode::Host);
    const bool unverified = m_tlsGroup->isChecked() && !m_verifyCheck->isChecked();
    m_verifyWarning->setVisible(unverified);
    // Resolved as a connection would be (DOCKER_TLS_VERIFY can still switch TLS on).
    const core::Result<core::Endpoint> resolved =
        mode() == Mode::Host ? m_resolver.resolve(options()) : core::Result<core::Endpoint>(core::Endpoint{});
    m_plainTcpWarning->setVisible(mode() == Mode::Host && resolved.ok() &&
                                  resolved.value().transport == core::Endpoint::Transport::Tcp &&
                                  !resolved.value().tls.enabled);
    m_caEdit->setEnabled(m_verifyCheck->isChecked());
    m_errorLabel->hide();
}

void ConnectDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void ConnectDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const QString savedMode = settings.value(QStringLiteral("mode")).toString();
    for (const Mode candidate : {Mode::Environment, Mode::Context, Mode::Host}) {
        if (savedMode == modeKey(candidate)) {
            setMode(candidate);
        }
    }
    const int contextIndex = m_contextCombo->findData(settings.value(QStringLiteral("context")).toString());
    if (contextIndex >= 0) {
        m_contextCombo->setCurrentIndex(contextIndex);
    }
    m_hostEdit->setText(settings.value(QStringLiteral("host")).toString());
    m_tlsGroup->setChecked(settings.value(QStringLiteral("tls"), false).toBool());
    m_verifyCheck->setChecked(settings.value(QStringLiteral("tlsVerify"), true).toBool());
    m_caEdit->setPath(settings.value(QStringLiteral("caFile")).toString());
    m_certEdit->setPath(settings.value(QStringLiteral("certFile")).toString());
    m_keyEdit->setPath(settings.value(QStringLiteral("keyFile")).toString());
}

void ConnectDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("mode"), modeKey(mode()));
    settings.setValue(QStringLiteral("context"), m_contextCombo->currentData().toString());
    settings.setValue(QStringLiteral("host"), m_hostEdit->text().trimmed());
    settings.setValue(QStringLiteral("tls"), m_tlsGroup->isChecked());
    settings.setValue(QStringLiteral("tlsVerify"), m_verifyCheck->isChecked());
    settings.setValue(QStringLiteral("caFile"), m_caEdit->path());
    settings.setValue(QStringLiteral("certFile"), m_certEdit->path());
    settings.setValue(QStringLiteral("keyFile"), m_keyEdit->path());
}

} // namespace hullcheck::ui
