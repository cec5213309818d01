// Builtin checks over images and their build history (CIS Docker Benchmark v1.6.0 §4, practices of group B), the
// secret scan shared by images and containers (4.10, B3), healthchecks of both (4.6, 5.27, C1), and the
// daemon-scope checks about images (4.5 content trust, 6.1 image sprawl).
//
// Conventions as in containerchecks.cpp: a tripped check reports Status::Fail (the engine applies the rule's
// on_fail), softer findings Warn, checks that cannot apply Skip with the reason. Evidence never carries an
// environment value, a build argument value or a history command line: it names keys, steps and instructions.
#include "core/bench/builtinchecks.h"
#include "core/bench/checksupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::ImageChecks)
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers (the JSON, parameter and outcome helpers are in core/bench/checksupport.h)

QString megabytes(double bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// ---------------------------------------------------------------------------------------------------------------
// History parsing
//
// GET /images/{id}/history lists the steps newest first. CreatedBy comes in three shapes:
//   classic builder:  "/bin/sh -c #(nop)  ENV A=b", "/bin/sh -c apt-get update", "|2 A=1 B=2 /bin/sh -c make"
//                     (build arguments of a RUN step come first, counted), exec-form RUN as the bare command;
//   BuildKit:         "RUN /bin/sh -c apt-get update # buildkit", "ENV A=b", "ADD file ... / # buildkit";
//   imported layers:  "" or a free comment.

struct HistoryStep
{
    int number = 0;        // 1 = oldest
    int total = 0;         // steps in all
    QString instruction;   // RUN, ENV, ADD, COPY, ... (upper case); empty when unknown
    QString body;          // the instruction's arguments (for RUN: the shell command)
    QStringList buildArgs; // "KEY=value" build arguments the classic builder prefixed to a RUN step
    bool oldest = false;

    QString label() const
    {
        return Tr::tr("step %1/%2 (%3)")
            .arg(number)
            .arg(total)
            .arg(instruction.isEmpty() ? QStringLiteral("?") : instruction);
    }
};

const QStringList &knownInstructions()
{
    static const QStringList instructions{QStringLiteral("RUN"),
                                          QStringLiteral("ENV"),
                                          QStringLiteral("ARG"),
                                          QStringLiteral("ADD"),
                                          QStringLiteral("COPY"),
                                          QStringLiteral("LABEL"),
                                          QStringLiteral("USER"),
                                          QStringLiteral("WORKDIR"),
                                          QStringLiteral("EXPOSE"),
                                          QStringLiteral("CMD"),
                                          QStringLiteral("ENTRYPOINT"),
                                          QStringLiteral("HEALTHCHECK"),
                                          QStringLiteral("VOLUME"),
                                          QStringLiteral("ONBUILD"),
                                          QStringLiteral("SHELL"),
                                          QStringLiteral("STOPSIGNAL"),
                                          QStringLiteral("MAINTAINER")};
    return instructions;
}

// "|2 A=1 B=2 rest" -> {A=1, B=2}, returns "rest".
QString takeBuildArgs(const QString &text, QStringList &buildArgs)
{
    static const QRegularExpression prefix(QStringLiteral("^\\|(\\d+)\\s+"));
    const QRegularExpressionMatch match = prefix.match(text);
    if (!match.hasMatch()) {
        return text;
    }
    int remaining = match.captured(1).toInt();
    qsizetype position = match.capturedEnd();
    while (remaining-- > 0 && position < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(' '), position);
        if (end < 0) {
            end = text.size();
        }
        buildArgs.append(text.mid(position, end - position));
        position = end + 1;
    }
    return position < text.size() ? text.mid(position) : QString();
}

QString stripShell(QString text)
{
    text = text.trimmed();
    for (const char *shell : {"/bin/sh -c ", "/bin/bash -c ", "/bin/ash -c ", "sh -c ", "bash -c "}) {
        if (text.startsWith(QLatin1String(shell))) {
            return text.mid(static_cast<qsizetype>(qstrlen(shell))).trimmed();
        }
    }
    if (text.startsWith(QLatin1String("/bin/sh -o pipefail -c "))) {
        return text.mid(23).trimmed();
    }
    return text;
}

HistoryStep parseCreatedBy(const QString &createdBy)
{
    HistoryStep step;
    QString text = createdBy.trimmed();
    if (text.endsWith(QLatin1String("# buildkit"))) {
        text.chop(10);
        text = text.trimmed();
    }
    text = takeBuildArgs(text, step.buildArgs).trimmed();
    if (text.isEmpty()) {
        return step;
    }
    static const QRegularExpression nop(QStringLiteral("^/bin/sh -c #\\(nop\\)\\s*"));
    const QRegularExpressionMatch nopMatch = nop.match(text);
    if (nopMatch.hasMatch()) {
        const QString rest = text.mid(nopMatch.capturedEnd()).trimmed();
        step.instruction = rest.section(QLatin1Char(' '), 0, 0).toUpper();
        step.body = rest.section(QLatin1Char(' '), 1).trimmed();
        return step;
    }
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    if (knownInstructions().contains(first)) {
        step.instruction = first;
        step.body = text.section(QLatin1Char(' '), 1).trimmed();
        if (step.instruction == QLatin1String("RUN")) {
            step.body = stripShell(takeBuildArgs(step.body, step.buildArgs));
        }
        return step;
    }
    step.instruction = QStringLiteral("RUN"); // shell form "/bin/sh -c ...", or exec form as the bare command
    step.body = stripShell(text);
    return step;
}

QList<HistoryStep> historyOf(const QJsonObject &image)
{
    const QJsonArray history = image.value(QLatin1String("History")).toArray();
    QList<HistoryStep> steps;
    const int total = static_cast<int>(history.size());
    for (int i = total - 1; i >= 0; --i) { // oldest first
        HistoryStep step = parseCreatedBy(history.at(i).toObject().value(QLatin1String("CreatedBy")).toString());
        step.number = total - i;
        step.total = total;
        step.oldest = i == total - 1;
        steps.append(step);
    }
    return steps;
}

// One simple command of a RUN step, split into words: "DEBIAN_FRONTEND=noninteractive apt-get -y install gcc".
struct ShellCommand
{
    QString program;   // base name: "apt-get"
    QStringList words; // the arguments after the program
};

QList<ShellCommand> shellCommands(const QString &script)
{
    // Split on the shell's list and pipe operators and on newlines; quotes are dropped, which is enough to find
    // package-manager calls and compilers.
    static const QRegularExpression separators(
        QStringLiteral("&&|\\|\\||[;|\\n&()`]|(?<=\\s|^)(?:then|do|else)(?=\\s|$)"));
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*=.*$"));
    static const QStringList wrappers{QStringLiteral("sudo"),
                                      QStringLiteral("env"),
                                      QStringLiteral("command"),
                                      QStringLiteral("exec"),
                                      QStringLiteral("nice"),
                                      QStringLiteral("time"),
                                      QStringLiteral("nohup"),
                                      QStringLiteral("if"),
                                      QStringLiteral("!"),
                                      QStringLiteral("{")};
    QList<ShellCommand> commands;
    QString cleaned = script;
    cleaned.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
    for (const QString &part : cleaned.split(separators, Qt::SkipEmptyParts)) {
        QStringList words;
        for (QString word : part.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            word.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            if (!word.isEmpty()) {
                words.append(word);
            }
        }
        while (!words.isEmpty() && (wrappers.contains(words.first()) || assignment.match(words.first()).hasMatch())) {
            words.removeFirst();
        }
        if (words.isEmpty()) {
            continue;
        }
        ShellCommand command;
        command.program = words.takeFirst().section(QLatin1Char('/'), -1);
        command.words = words;
        commands.append(command);
    }
    return commands;
}

// A package manager call: its verb and the package names it names.
struct PackageCall
{
    QString manager;        // apt-get, apk, yum, ...
    QString verb;           // install, update, add, del, ...
    QStringList packages;   // names without versions
    QString virtualPackage; // apk add --virtual NAME
};

std::optional<PackageCall> packageCall(const ShellCommand &command)
{
    static const QStringList knownManagers{QStringLiteral("apt-get"),
                                           QStringLiteral("apt"),
                                           QStringLiteral("aptitude"),
                                           QStringLiteral("apk"),
                                           QStringLiteral("yum"),
                                           QStringLiteral("dnf"),
                                           QStringLiteral("microdnf"),
                                           QStringLiteral("tdnf"),
                                           QStringLiteral("zypper")};
    // Options whose value is the next word.
    static const QStringList takesValue{QStringLiteral("-o"),
                                        QStringLiteral("-c"),
                                        QStringLiteral("-t"),
                                        QStringLiteral("--option"),
                                        QStringLiteral("--config-file"),
                                        QStringLiteral("--target-release"),
                                        QStringLiteral("--virtual"),
                                        QStringLiteral("--repository"),
                                        QStringLiteral("-X"),
                                        QStringLiteral("--root"),
                                        QStringLiteral("-p"),
                                        QStringLiteral("--setopt"),
                                        QStringLiteral("--enablerepo"),
                                        QStringLiteral("--disablerepo"),
                                        QStringLiteral("--installroot"),
                                        QStringLiteral("--releasever")};
    if (!knownManagers.contains(command.program)) {
        return std::nullopt;
    }
    PackageCall call;
    call.manager = command.program;
    for (qsizetype i = 0; i < command.words.size(); ++i) {
        const QString &word = command.words.at(i);
        if (word.startsWith(QLatin1Char('-'))) {
            if (takesValue.contains(word) && i + 1 < command.words.size()) {
                if (call.manager == QLatin1String("apk") &&
                    (word == QLatin1String("--virtual") || word == QLatin1String("-t"))) {
                    call.virtualPackage = command.words.at(i + 1);
                }
                ++i;
            }
            continue;
        }
        if (call.verb.isEmpty()) {
            call.verb = word;
            continue;
        }
        // "gcc=4:12.2.0-3", "musl-dev>1.2", "nginx-1.24.0": keep the name.
        static const QRegularExpression version(QStringLiteral("[=<>~].*$"));
        QString name = word;
        name.remove(version);
        if (!name.isEmpty() && !name.startsWith(QLatin1Char('$'))) {
            call.packages.append(name);
        }
    }
    if (call.verb.isEmpty()) {
        return std::nullopt;
    }
    return call;
}

bool isIndexUpdate(const PackageCall &call)
{
    const QString &m = call.manager;
    const QString &v = call.verb;
    if (m == QLatin1String("apt-get") || m == QLatin1String("apt") || m == QLatin1String("aptitude") ||
        m == QLatin1String("apk")) {
        return v == QLatin1String("update");
    }
    if (m == QLatin1String("zypper")) {
        return v == QLatin1String("refresh") || v == QLatin1String("ref");
    }
    // yum/dnf: "update" upgrades from a cached index; "makecache" only fetches it.
    return (v == QLatin1String("update") && call.packages.isEmpty()) || v == QLatin1String("makecache") ||
           v == QLatin1String("check-update");
}

bool isInstall(const PackageCall &call)
{
    static const QStringList verbs{QStringLiteral("install"),
                                   QStringLiteral("add"),
                                   QStringLiteral("upgrade"),
                                   QStringLiteral("dist-upgrade"),
                                   QStringLiteral("full-upgrade"),
                                   QStringLiteral("build-dep"),
                                   QStringLiteral("groupinstall"),
                                   QStringLiteral("reinstall"),
                                   QStringLiteral("in"),
                                   QStringLiteral("dup"),
                                   QStringLiteral("patch")};
    if (call.manager == QLatin1String("zypper") &&
        (call.verb == QLatin1String("update") || call.verb == QLatin1String("up"))) {
        return true;
    }
    if ((call.manager == QLatin1String("yum") || call.manager == QLatin1String("dnf") ||
         call.manager == QLatin1String("microdnf") || call.manager == QLatin1String("tdnf")) &&
        call.verb == QLatin1String("update") && !call.packages.isEmpty()) {
        return true;
    }
    return verbs.contains(call.verb);
}

bool isRemoval(const PackageCall &call)
{
    static const QStringList verbs{QStringLiteral("remove"),
                                   QStringLiteral("purge"),
                                   QStringLiteral("del"),
                                   QStringLiteral("erase"),
                                   QStringLiteral("rm"),
                                   QStringLiteral("autoremove")};
    return verbs.contains(call.verb);
}

// ---------------------------------------------------------------------------------------------------------------
// history-update-alone (4.7): a RUN step that updates the package index (apt-get update, apk update, yum update,
// ...) without installing anything in the same step caches a stale index in its own layer. Real parsing of the
// commands: `update-ca-certificates`, `pip install --upgrade` or a word "update" in a string do not count.

CheckOutcome checkHistoryUpdateAlone(const ScanContext & /*context*/, const QJsonObject &object, const Rule & /*rule*/)
{
    const QList<HistoryStep> steps = historyOf(object);
    if (steps.isEmpty()) {
        return skip(Tr::tr("the image history was not collected"));
    }
    QStringList alone;
    int updates = 0;
    for (const HistoryStep &step : steps) {
        if (step.instruction != QLatin1String("RUN")) {
            continue;
        }
        QStringList updateCalls;
        bool installs = false;
        for (const ShellCommand &command : shellCommands(step.body)) {
            const std::optional<PackageCall> call = packageCall(command);
            if (!call) {
                continue;
            }
            if (isIndexUpdate(*call)) {
                updateCalls.append(call->manager + QLatin1Char(' ') + call->verb);
            } else if (isInstall(*call)) {
                installs = true;
            }
        }
        if (!updateCalls.isEmpty()) {
            ++updates;
            if (!installs) {
                alone.append(step.label() + QStringLiteral(": ") + listText(updateCalls));
            }
        }
    }
    if (!alone.isEmpty()) {
        return outcome(Status::Fail,
                       listText(alone),
                       Tr::tr("a package index update without an install in the same RUN instruction"),
                       alone.first().section(QStringLiteral(": "), 1));
    }
    return outcome(Status::Pass,
                   updates == 0 ? Tr::tr("no package index updates in %1 history steps").arg(steps.size())
                                : Tr::tr("%1 index update(s), each with an install in the same step").arg(updates));
}

// ---------------------------------------------------------------------------------------------------------------
// history-add (4.9): ADD instructions, except the base image's root filesystem (its oldest step, "ADD file:... in
// /"). Evidence names the kind of source and the destination, never a URL (it may carry credentials).

CheckOutcome checkHistoryAdd(const ScanContext & /*context*/, const QJsonObject &object, const Rule & /*rule*/)
{
    const QList<HistoryStep> steps = historyOf(object);
    if (steps.isEmpty()) {
        return skip(Tr::tr("the image history was not collected"));
    }
    static const QRegularExpression classic(QStringLiteral("^(file|dir|multi):\\S+ in (.+)$"));
    static const QRegularExpression url(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://"));
    QStringList found;
    QString value;
    for (const HistoryStep &step : steps) {
        if (step.instruction != QLatin1String("ADD")) {
            continue;
        }
        QString kind;
        QString destination;
        const QRegularExpressionMatch match = classic.match(step.body);
        if (match.hasMatch()) {
            kind = match.captured(1);
            destination = match.captured(2).trimmed();
        } else {
            QStringList words = step.body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            destination = words.isEmpty() ? QString() : words.takeLast();
            const bool remote = std::any_of(words.begin(), words.end(), [](const QString &word) {
                return url.match(word).hasMatch();
            });
            kind = remote ? Tr::tr("remote URL") : Tr::tr("local files");
        }
        if (step.oldest && destination == QLatin1String("/")) {
            continue; // the base image's root filesystem
        }
        found.append(
            Tr::tr("%1: %2 to %3").arg(step.label(), kind, destination.isEmpty() ? QStringLiteral("?") : destination));
        if (value.isEmpty()) {
            value = destination;
        }
    }
    if (!found.isEmpty()) {
        return outcome(Status::Fail,
                       listText(found),
                       Tr::tr("ADD fetches URLs and unpacks archives implicitly; COPY does only what it says"),
                       value);
    }
    return outcome(Status::Pass, Tr::tr("no ADD instructions besides the base layer in %1 steps").arg(steps.size()));
}

// ---------------------------------------------------------------------------------------------------------------
// history-build-tools (4.3, B4): compilers and build tools left in the final image. Packages installed and not
// removed later, and compiler invocations in steps that remove nothing (tools from a base image).

// What the build steps left behind: tool packages installed and not removed, and tools run since the last
// step that removed build tools.
class BuildToolTracker
{
public:
    BuildToolTracker(const QStringList &packagePatterns, QStringList commandPatterns)
        : m_commandPatterns(std::move(commandPatterns))
    {
        for (const QString &pattern : packagePatterns) {
            m_packages.append(QRegularExpression(QStringLiteral("^(?:") + pattern + QStringLiteral(")$")));
        }
    }

    void addStep(const HistoryStep &step)
    {
        bool removesTools = false;
        QMap<QString, QString> invokedHere;
        for (const ShellCommand &command : shellCommands(step.body)) {
            if (const std::optional<PackageCall> call = packageCall(command)) {
                if (isInstall(*call)) {
                    install(*call, step);
                } else if (isRemoval(*call)) {
                    removesTools = remove(*call) || removesTools;
                }
                continue;
            }
            if (const QString tool = matchingCommand(command); !tool.isEmpty()) {
                invokedHere.insert(tool, step.label());
            }
        }
        if (removesTools) {
            m_invoked.clear(); // built and cleaned up: the tools used so far are gone
        } else {
            m_invoked.insert(invokedHere);
        }
    }

    // "gcc installed in step 2/5 (RUN)", "go build run in step 4/5 (RUN)"
    QStringList findings(QStringList &names) const
    {
        QStringList found;
        for (auto it = m_installed.cbegin(); it != m_installed.cend(); ++it) {
            found.append(Tr::tr("%1 installed in %2").arg(it.key(), it.value()));
            names.append(it.key());
        }
        for (auto it = m_invoked.cbegin(); it != m_invoked.cend(); ++it) {
            if (!m_installed.contains(it.key())) { // a compiler that was also installed is reported once
                found.append(Tr::tr("%1 run in %2").arg(it.key(), it.value()));
                names.append(it.key());
            }
        }
        return found;
    }

private:
    bool isBuildPackage(const QString &name) const
    {
        return std::any_of(m_packages.begin(), m_packages.end(), [&name](const QRegularExpression &regex) {
            return regex.isValid() && regex.match(name).hasMatch();
        });
    }

    void install(const PackageCall &call, const HistoryStep &step)
    {
        for (const QString &package : call.packages) {
            if (isBuildPackage(package)) {
                m_installed.insert(package, step.label());
                if (!call.virtualPackage.isEmpty()) {
                    m_virtualMembers[call.virtualPackage].append(package);
                }
            }
        }
    }

    // True when it removed build tools (a tool package, or an apk virtual group).
    bool remove(const PackageCall &call)
    {
        bool removed = false;
        for (const QString &package : call.packages) {
            const bool group = m_virtualMembers.contains(package);
            for (const QString &member : m_virtualMembers.take(package)) {
                m_installed.remove(member);
            }
            m_installed.remove(package);
            removed = removed || group || isBuildPackage(package);
        }
        return removed;
    }

    // The pattern ("make", "go build") a command matches, or an empty string.
    QString matchingCommand(const ShellCommand &command) const
    {
        for (const QString &pattern : m_commandPatterns) {
            if (command.program != pattern.section(QLatin1Char(' '), 0, 0)) {
                continue;
            }
            const QString verb = pattern.section(QLatin1Char(' '), 1, 1);
            if (verb.isEmpty()) {
                return pattern;
            }
            const auto firstArgument = std::find_if(command.words.begin(), command.words.end(), [](const QString &w) {
                return !w.startsWith(QLatin1Char('-'));
            });
            if (firstArgument != command.words.end() && *firstArgument == verb) {
                return pattern;
            }
        }
        return {};
    }

    QList<QRegularExpression> m_packages;
    QStringList m_commandPatterns;
    QMap<QString, QString> m_installed;          // package -> step label
    QMap<QString, QStringList> m_virtualMembers; // apk --virtual group -> packages
    QMap<QString, QString> m_invoked;            // command -> step label
};

CheckOutcome checkHistoryBuildTools(const ScanContext & /*context*/, const QJsonObject &object, const Rule &rule)
{
    const QList<HistoryStep> steps = historyOf(object);
    if (steps.isEmpty()) {
        return skip(Tr::tr("the image history was not collected"));
    }
    BuildToolTracker tracker(paramStrings(rule,
                                          "packages",
                                          {QStringLiteral("build-essential"),
                                           QStringLiteral("build-base"),
                                           QStringLiteral("gcc(-[0-9.]+)?"),
                                           QStringLiteral("g\\+\\+(-[0-9.]+)?"),
                                           QStringLiteral("gcc-c\\+\\+"),
                                           QStringLiteral("clang(-[0-9.]+)?"),
                                           QStringLiteral("llvm(-[0-9.]+)?"),
                                           QStringLiteral("make"),
                                           QStringLiteral("cmake"),
                                           QStringLiteral("autoconf"),
                                           QStringLiteral("automake"),
                                           QStringLiteral("libtool"),
                                           QStringLiteral("golang(-go)?"),
                                           QStringLiteral("rustc"),
                                           QStringLiteral("cargo"),
                                           QStringLiteral("maven"),
                                           QStringLiteral("gradle"),
                                           QStringLiteral("gfortran")}),
                             paramStrings(rule,
                                          "commands",
                                          {QStringLiteral("gcc"),
                                           QStringLiteral("g++"),
                                           QStringLiteral("cc"),
                                           QStringLiteral("c++"),
                                           QStringLiteral("clang"),
                                           QStringLiteral("make"),
                                           QStringLiteral("cmake"),
                                           QStringLiteral("go build"),
                                           QStringLiteral("cargo build"),
                                           QStringLiteral("mvn"),
                                           QStringLiteral("gradle"),
                                           QStringLiteral("javac")}));
    for (const HistoryStep &step : steps) {
        if (step.instruction == QLatin1String("RUN")) {
            tracker.addStep(step);
        }
    }
    QStringList names;
    const QStringList found = tracker.findings(names);
    if (!found.isEmpty()) {
        return outcome(Status::Fail,
                       listText(found),
                       Tr::tr("build tools remain in the final image; build in a separate stage"),
                       names.join(QLatin1Char(',')));
    }
    return outcome(Status::Pass, Tr::tr("no compilers or build tools found in %1 history steps").arg(steps.size()));
}

// ---------------------------------------------------------------------------------------------------------------
// image-size-layers (B2)

CheckOutcome checkImageSizeLayers(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    const Policy &policy = context.policy();
    const double maxBytes = paramNumber(rule, "max_size_mb").has_value()
                                ? *paramNumber(rule, "max_size_mb") * 1024.0 * 1024.0
                                : static_cast<double>(policy.maxImageSizeBytes);
    const int maxLayers = static_cast<int>(paramNumber(rule, "max_layers").value_or(policy.maxLayers));
    const double size = object.value(QLatin1String("Size")).toDouble();
    const int layers = static_cast<int>(at(object, {"RootFS", "Layers"}).toArray().size());

    QSet<QString> managers;
    for (const HistoryStep &step : historyOf(object)) {
        if (step.instruction != QLatin1String("RUN")) {
            continue;
        }
        for (const ShellCommand &command : shellCommands(step.body)) {
            if (const std::optional<PackageCall> call = packageCall(command)) {
                managers.insert(call->manager);
            }
        }
    }
    QStringList managerList(managers.begin(), managers.end());
    managerList.sort();
    QString evidence = Tr::tr("%1, %2 layer(s)").arg(megabytes(size)).arg(layers);
    if (!managerList.isEmpty()) {
        evidence += Tr::tr("; package managers used in the build: %1").arg(listText(managerList));
    }
    QStringList over;
    if (maxBytes > 0 && size > maxBytes) {
        over.append(Tr::tr("larger than %1").arg(megabytes(maxBytes)));
    }
    if (maxLayers > 0 && layers > maxLayers) {
        over.append(Tr::tr("more than %1 layers").arg(maxLayers));
    }
    if (!over.isEmpty()) {
        return outcome(Status::Fail, evidence, listText(over), megabytes(size));
    }
    return outcome(Status::Pass, evidence);
}

// ---------------------------------------------------------------------------------------------------------------
// image-age (4.4, B1): Created against the time the snapshot was taken (so a saved snapshot gives the same answer).

QDateTime dockerTime(const QString &text)
{
    // "2026-11-28T20:38:44.767281753Z": Qt reads at most milliseconds.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
    QString trimmed = text.trimmed();
    trimmed.replace(fraction, QStringLiteral(".\\1"));
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    }
    return time.toUTC();
}

CheckOutcome checkImageAge(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    const QDateTime created = dockerTime(object.value(QLatin1String("Created")).toString());
    if (!created.isValid() || created.date().year() <= 1) {
        return skip(Tr::tr("the image's creation time is unknown"));
    }
    if (created.date().year() <= 1980) {
        return skip(Tr::tr("the image has a fixed creation time (%1, a reproducible build): its age is unknown")
                        .arg(created.date().toString(Qt::ISODate)));
    }
    QDateTime now = context.snapshot().collectedAt;
    if (!now.isValid()) {
        now = QDateTime::currentDateTimeUtc();
    }
    const int maximum = static_cast<int>(paramNumber(rule, "max_days").value_or(context.policy().maxImageAgeDays));
    const qint64 days = created.daysTo(now);
    const QString evidence = Tr::tr("built %1, %2 day(s) before the scan (limit %3)")
                                 .arg(created.date().toString(Qt::ISODate))
                                 .arg(days)
                                 .arg(maximum);
    if (days > maximum) {
        return outcome(Status::Fail,
                       evidence,
                       Tr::tr("not rebuilt for %1 days: it lacks the security fixes published since").arg(days),
                       QString::number(days));
    }
    return outcome(Status::Pass, evidence, QString(), QString::number(days));
}

// ---------------------------------------------------------------------------------------------------------------
// healthcheck (4.6 images, 5.27 containers, C1)

CheckOutcome checkHealthcheck(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QJsonValue healthcheck = at(object, {"Config", "Healthcheck"});
    QString source = QStringLiteral("Config.Healthcheck");
    const bool container = rule.scope == Scope::Container;
    if (container && !healthcheck.isObject()) {
        // Docker merges the image's healthcheck into the container's config; read it from the image otherwise.
        const QJsonObject image = context.imageById(object.value(QLatin1String("Image")).toString());
        if (at(image, {"Config", "Healthcheck"}).isObject()) {
            healthcheck = at(image, {"Config", "Healthcheck"});
            source = Tr::tr("the image's Config.Healthcheck");
        }
    }
    const QStringList test = strings(healthcheck.toObject().value(QLatin1String("Test")));
    if (test.isEmpty()) {
        return outcome(Status::Fail, Tr::tr("no HEALTHCHECK"), Tr::tr("health is not checked"));
    }
    if (test.first() == QLatin1String("NONE")) {
        return outcome(Status::Fail,
                       source + Tr::tr(": disabled (NONE)"),
                       Tr::tr("the healthcheck is switched off"),
                       QStringLiteral("NONE"));
    }
    // The test command may hold credentials (curl -u ...): name its form only.
    QString evidence = source + Tr::tr(": %1 test").arg(test.first());
    const double interval = healthcheck.toObject().value(QLatin1String("Interval")).toDouble();
    if (interval > 0) {
        evidence += Tr::tr(", every %1 s").arg(interval / 1e9);
    }
    if (container) {
        const QJsonObject health = at(object, {"State", "Health"}).toObject();
        const QString status = health.value(QLatin1String("Status")).toString();
        if (!status.isEmpty()) {
            evidence += Tr::tr("; State.Health.Status = %1").arg(status);
        }
        if (status == QLatin1String("unhealthy")) {
            return outcome(
                Status::Warn,
                evidence,
                Tr::tr("unhealthy (failing streak %1)").arg(health.value(QLatin1String("FailingStreak")).toInt()),
                status);
        }
    }
    return outcome(Status::Pass, evidence);
}

// ---------------------------------------------------------------------------------------------------------------
// trusted-registry (4.2, B5)

QString registryOf(const QString &reference)
{
    const QString name = reference.section(QLatin1Char('@'), 0, 0);
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return QStringLiteral("docker.io");
    }
    const QString first = name.left(slash);
    if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost")) {
        QString lower = first.toLower();
        if (lower == QLatin1String("index.docker.io") || lower == QLatin1String("registry-1.docker.io")) {
            return QStringLiteral("docker.io");
        }
        return lower;
    }
    return QStringLiteral("docker.io");
}

CheckOutcome checkTrustedRegistry(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    QStringList trusted;
    for (const QString &entry : context.policy().trustedRegistries + paramStrings(rule, "registries", {})) {
        trusted.append(registryOf(entry.trimmed() + QStringLiteral("/x")));
    }
    const QStringList digests = strings(object.value(QLatin1String("RepoDigests")));
    const QStringList tags = strings(object.value(QLatin1String("RepoTags")));
    if (digests.isEmpty()) {
        const QString what = tags.isEmpty() ? Tr::tr("no repository (dangling or built locally)")
                                            : Tr::tr("tags %1").arg(listText(tags));
        return outcome(Status::Info,
                       what + Tr::tr("; no RepoDigests"),
                       Tr::tr("not pulled from a registry (built locally or loaded): where its base image came from "
                              "cannot be seen through the API"));
    }
    QStringList registries;
    for (const QString &reference : digests) {
        const QString registry = registryOf(reference);
        if (!registries.contains(registry)) {
            registries.append(registry);
        }
    }
    const QString evidence = Tr::tr("pulled from %1").arg(listText(registries));
    if (trusted.isEmpty()) {
        return outcome(
            Status::Info,
            evidence,
            Tr::tr("the policy lists no trusted registries (trustedRegistries): review that these are trusted"),
            registries.first());
    }
    QStringList untrusted;
    for (const QString &registry : registries) {
        if (!trusted.contains(registry)) {
            untrusted.append(registry);
        }
    }
    if (!untrusted.isEmpty()) {
        return outcome(Status::Fail,
                       evidence,
                       Tr::tr("not in the policy's trusted registries: %1").arg(listText(untrusted)),
                       untrusted.first());
    }
    return outcome(Status::Pass, evidence);
}

// ---------------------------------------------------------------------------------------------------------------
// content-trust (4.5, B6): daemon scope. DOCKER_CONTENT_TRUST is read by each user's docker CLI; the daemon neither
// enforces nor reports it, so the result is information, once per daemon.

CheckOutcome checkContentTrust(const ScanContext & /*context*/, const QJsonObject & /*daemon*/, const Rule & /*rule*/)
{
    return outcome(Status::Info,
                   Tr::tr("DOCKER_CONTENT_TRUST is a setting of the docker client, not of the daemon"),
                   Tr::tr("set DOCKER_CONTENT_TRUST=1 in the environment of every user and CI job that pulls or runs "
                          "images; the Engine API cannot show whether they do"));
}

// ---------------------------------------------------------------------------------------------------------------
// image-sprawl (6.1): daemon scope. Images in use are those some container (in any state) was created from.

CheckOutcome checkImageSprawl(const ScanContext &context, const QJsonObject & /*daemon*/, const Rule &rule)
{
    const Snapshot &snapshot = context.snapshot();
    QSet<QString> used;
    for (const auto &value : snapshot.containers) {
        used.insert(value.toObject().value(QLatin1String("Image")).toString());
    }
    int inUse = 0;
    int dangling = 0;
    for (const auto &value : snapshot.images) {
        const QJsonObject image = value.toObject();
        if (used.contains(image.value(QLatin1String("Id")).toString())) {
            ++inUse;
        }
        const QStringList tags = strings(image.value(QLatin1String("RepoTags")));
        if (tags.isEmpty() || tags == QStringList{QStringLiteral("<none>:<none>")}) {
            ++dangling;
        }
    }
    const int total = static_cast<int>(snapshot.images.size());
    const int unused = total - inUse;
    QString evidence = Tr::tr("%1 image(s): %2 in use by %3 container(s), %4 unused (%5 untagged)")
                           .arg(total)
                           .arg(inUse)
                           .arg(snapshot.containers.size())
                           .arg(unused)
                           .arg(dangling);
    if (snapshot.info.contains(QLatin1String("Images"))) {
        evidence += Tr::tr("; /info: %1 images").arg(snapshot.info.value(QLatin1String("Images")).toInt());
    }
    if (const std::optional<double> maximum = paramNumber(rule, "max_unused"); maximum && unused > *maximum) {
        return outcome(
            Status::Fail, evidence, Tr::tr("more than %1 unused images").arg(*maximum), QString::number(unused));
    }
    return outcome(Status::Info,
                   evidence,
                   Tr::tr("review unused images and remove those no longer needed"),
                   QString::number(unused));
}

// ---------------------------------------------------------------------------------------------------------------
// secrets (4.10 images, B3 containers)
//
// Secret-looking names (PASSWORD, TOKEN, API_KEY, ...) with a value, and secret-looking values under any name
// (private keys, AWS key ids, known token formats, credentials in URLs, long high-entropy strings), in: container
// and image Config.Env, image history (ENV/ARG instructions, build arguments of RUN steps, the commands themselves),
// labels, and a container's command line flags. The evidence names the key and where it was found, never the value.
// A redacted snapshot still shows the keys, so secret-looking names are found there too.

struct SecretPatterns
{
    QRegularExpression key;
    QStringList ignoredSuffixes;
};

SecretPatterns secretPatterns(const Rule &rule)
{
    static const QString defaultKey = QStringLiteral(
        "(^|_)(PASSWORD|PASSWD|PASSPHRASE|PASS|SECRET|SECRETS|TOKEN|TOKENS|APIKEY|API_KEY|ACCESS_KEY|ACCESSKEY|"
        "SECRET_KEY|SECRETKEY|PRIVATE_KEY|PRIVATEKEY|CREDENTIAL|CREDENTIALS|AUTH_KEY|ENCRYPTION_KEY|SIGNING_KEY|"
        "MASTER_KEY|CLIENT_SECRET)(_|$)|(^|_)AUTH$");
    SecretPatterns patterns;
    patterns.key = cachedRegularExpression(rule.params.value(QLatin1String("key_pattern")).toString(defaultKey));
    if (!patterns.key.isValid()) {
        patterns.key = cachedRegularExpression(defaultKey);
    }
    patterns.ignoredSuffixes =
        paramStrings(rule,
                     "ignore_key_suffixes",
                     {QStringLiteral("_FILE"),     QStringLiteral("_PATH"),    QStringLiteral("_DIR"),
                      QStringLiteral("_FILENAME"), QStringLiteral("_LENGTH"),  QStringLiteral("_TTL"),
                      QStringLiteral("_EXPIRY"),   QStringLiteral("_EXPIRES"), QStringLiteral("_TIMEOUT"),
                      QStringLiteral("_ENABLED"),  QStringLiteral("_ENABLE"),  QStringLiteral("_DISABLED"),
                      QStringLiteral("_REQUIRED"), QStringLiteral("_POLICY"),  QStringLiteral("_TYPE"),
                      QStringLiteral("_METHOD"),   QStringLiteral("_MODE"),    QStringLiteral("_HOST"),
                      QStringLiteral("_PORT"),     QStringLiteral("_USER"),    QStringLiteral("_USERNAME"),
                      QStringLiteral("_URL"),      QStringLiteral("_URI"),     QStringLiteral("_SERVER"),
                      QStringLiteral("_ENDPOINT")});
    for (QString &suffix : patterns.ignoredSuffixes) {
        suffix = suffix.toUpper(); // once per rule, not once per key
    }
    return patterns;
}

bool keyLooksSecret(const QString &key, const SecretPatterns &patterns)
{
    const QString upper = key.trimmed().toUpper();
    if (upper.isEmpty()) {
        return false;
    }
    for (const QString &suffix : patterns.ignoredSuffixes) {
        if (upper.endsWith(suffix)) {
            return false;
        }
    }
    return patterns.key.match(upper).hasMatch();
}

// A value that could be a secret: not empty, not a flag or a number, not a reference to a secret file.
bool valueCouldBeSecret(const QString &rawValue)
{
    QString value = rawValue.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
        value.endsWith(value.at(0))) {
        value = value.mid(1, value.size() - 2);
    }
    static const QStringList harmlessValues{QStringLiteral("true"),
                                            QStringLiteral("false"),
                                            QStringLiteral("yes"),
                                            QStringLiteral("no"),
                                            QStringLiteral("on"),
                                            QStringLiteral("off"),
                                            QStringLiteral("none"),
                                            QStringLiteral("null"),
                                            QStringLiteral("changeme"),
                                            QStringLiteral("-")};
    if (value.isEmpty() || harmlessValues.contains(value.toLower())) {
        return false;
    }
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?[smhd]?$"));
    if (number.match(value).hasMatch()) {
        return false;
    }
    if (value.startsWith(QLatin1String("/run/secrets/")) || value.startsWith(QLatin1Char('$'))) {
        return false;
    }
    return true;
}

double shannonEntropy(const QString &text)
{
    QHash<QChar, int> counts;
    for (const QChar c : text) {
        ++counts[c];
    }
    double entropy = 0;
    for (const int count : std::as_const(counts)) {
        const double p = static_cast<double>(count) / static_cast<double>(text.size());
        entropy -= p * std::log2(p);
    }
    return entropy;
}

// What kind of secret a value looks like, or an empty string.
QString valueSecretKind(const QString &value)
{
    if (value.isEmpty() || value.contains(QLatin1String("<redacted>"))) {
        return {};
    }
    struct Kind
    {
        QRegularExpression pattern;
        const char *name;
    };
    static const QList<Kind> kinds{
        {QRegularExpression(QStringLiteral("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----")), "a private key"},
        {QRegularExpression(QStringLiteral("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")), "an AWS access key id"},
        {QRegularExpression(QStringLiteral("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b")), "a GitHub token"},
        {QRegularExpression(QStringLiteral("\\bglpat-[A-Za-z0-9_-]{20,}")), "a GitLab token"},
        {QRegularExpression(QStringLiteral("\\bxox[abprs]-[A-Za-z0-9-]{10,}")), "a Slack token"},
        {QRegularExpression(QStringLiteral("\\b(sk|rk)_live_[A-Za-z0-9]{16,}")), "a Stripe key"},
        {QRegularExpression(QStringLiteral("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")),
         "a JSON web token"},
        // scheme://user:password@host, but not user:${VARIABLE}@ or user:$VARIABLE@
        {QRegularExpression(QStringLiteral("\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:(?!\\$)[^/\\s@]+@")),
         "credentials in a URL"},
    };
    for (const Kind &kind : kinds) {
        if (kind.pattern.match(value).hasMatch()) {
            return Tr::tr(kind.name);
        }
    }
    // Long random-looking tokens: mixed case and digits (so hex digests and checksums do not count), high entropy.
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/=_-]{32,}"));
    static const QRegularExpression upper(QStringLiteral("[A-Z]"));
    static const QRegularExpression lower(QStringLiteral("[a-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    QRegularExpressionMatchIterator it = token.globalMatch(value);
    while (it.hasNext()) {
        const QString candidate = it.next().captured(0);
        if (candidate.count(QLatin1Char('/')) > 2 || candidate.startsWith(QLatin1Char('/'))) {
            continue; // a path
        }
        if (upper.match(candidate).hasMatch() && lower.match(candidate).hasMatch() &&
            digit.match(candidate).hasMatch() && shannonEntropy(candidate) >= 4.2) {
            return Tr::tr("a long random token");
        }
    }
    return {};
}

// Findings grouped by what was found: "HC_API_TOKEN" -> {"Config.Env", "step 4/7 (ENV)"}.
class SecretFindings
{
public:
    void add(const QString &what, const QString &where)
    {
        if (!m_order.contains(what)) {
            m_order.append(what);
        }
        QStringList &places = m_places[what];
        if (!places.contains(where)) {
            places.append(where);
        }
    }
    bool isEmpty() const { return m_order.isEmpty(); }
    QString text() const
    {
        QStringList parts;
        for (const QString &what : m_order) {
            parts.append(what + QStringLiteral(" (") + listText(m_places.value(what)) + QLatin1Char(')'));
        }
        return parts.join(QStringLiteral("; "));
    }
    QStringList keys() const { return m_keys; }
    void addKey(const QString &key)
    {
        if (!m_keys.contains(key)) {
            m_keys.append(key);
        }
    }

private:
    QStringList m_order;
    QHash<QString, QStringList> m_places;
    QStringList m_keys;
};

// One KEY=value pair from wherever it came.
void scanAssignment(const QString &key,
                    const QString &value,
                    const QString &where,
                    const SecretPatterns &patterns,
                    SecretFindings &findings)
{
    const QString kind = valueSecretKind(value);
    if (!kind.isEmpty()) {
        findings.add(Tr::tr("%1 holds %2").arg(key, kind), where);
        findings.addKey(key);
        return;
    }
    if (keyLooksSecret(key, patterns) && valueCouldBeSecret(value)) {
        findings.add(key, where);
        findings.addKey(key);
    }
}

void scanEnv(const QStringList &env,
             const QString &where,
             const QSet<QString> &inherited,
             const SecretPatterns &patterns,
             SecretFindings &findings)
{
    for (const QString &entry : env) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            continue;
        }
        const QString place = inherited.contains(entry) ? where + Tr::tr(", from the image") : where;
        scanAssignment(entry.left(equals), entry.mid(equals + 1), place, patterns, findings);
    }
}

void scanLabels(const QJsonObject &labels,
                const QString &where,
                const QJsonObject &inherited,
                const SecretPatterns &patterns,
                SecretFindings &findings)
{
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QString value = it.value().toString();
        const bool fromImage = inherited.contains(it.key()) && inherited.value(it.key()).toString() == value;
        const QString place = fromImage ? where + Tr::tr(", from the image") : where;
        // Label keys are dotted names (org.example.api-token): compare them like environment keys.
        QString key = it.key();
        key.replace(QLatin1Char('.'), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString kind = valueSecretKind(value);
        if (!kind.isEmpty()) {
            findings.add(Tr::tr("label %1 holds %2").arg(it.key(), kind), place);
            findings.addKey(it.key());
        } else if (keyLooksSecret(key, patterns) && valueCouldBeSecret(value)) {
            findings.add(Tr::tr("label %1").arg(it.key()), place);
            findings.addKey(it.key());
        }
    }
}

// ENV A=b C="d e" / legacy ENV A b / ARG A=b.
QList<QPair<QString, QString>> assignmentsOf(const HistoryStep &step)
{
    QList<QPair<QString, QString>> pairs;
    static const QRegularExpression assignment(
        QStringLiteral(R"re((?:^|\s)([A-Za-z_][A-Za-z0-9_.-]*)=("[^"]*"|'[^']*'|\S*))re"));
    QRegularExpressionMatchIterator it = assignment.globalMatch(step.body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        pairs.append({match.captured(1), match.captured(2)});
    }
    if (pairs.isEmpty() && step.instruction == QLatin1String("ENV")) {
        const QString key = step.body.section(QLatin1Char(' '), 0, 0);
        if (!key.isEmpty()) {
            pairs.append({key, step.body.section(QLatin1Char(' '), 1)});
        }
    }
    return pairs;
}

void scanHistory(const QJsonObject &image, const SecretPatterns &patterns, SecretFindings &findings)
{
    for (const HistoryStep &step : historyOf(image)) {
        for (const QString &argument : step.buildArgs) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            if (equals > 0) {
                scanAssignment(argument.left(equals),
                               argument.mid(equals + 1),
                               Tr::tr("build argument of %1").arg(step.label()),
                               patterns,
                               findings);
            }
        }
        if (step.instruction == QLatin1String("ENV") || step.instruction == QLatin1String("ARG")) {
            for (const auto &[key, value] : assignmentsOf(step)) {
                scanAssignment(key, value, Tr::tr("history %1").arg(step.label()), patterns, findings);
            }
            continue;
        }
        if (step.instruction == QLatin1String("LABEL")) {
            continue; // labels are scanned from Config.Labels
        }
        const QString kind = valueSecretKind(step.body);
        if (!kind.isEmpty()) {
            findings.add(Tr::tr("a command holding %1").arg(kind), Tr::tr("history %1").arg(step.label()));
        }
    }
}

// --password=x / --token x / --api-key=x on a container's command line.
void scanCommandLine(const QStringList &words, const SecretPatterns &patterns, SecretFindings &findings)
{
    static const QRegularExpression flag(QStringLiteral("^--?([A-Za-z][A-Za-z0-9_-]*)(=(.*))?$"));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const QRegularExpressionMatch match = flag.match(word);
        if (match.hasMatch()) {
            QString name = match.captured(1);
            const QString value = match.hasCaptured(2) ? match.captured(3)
                                  : i + 1 < words.size() && !words.at(i + 1).startsWith(QLatin1Char('-'))
                                      ? words.at(i + 1)
                                      : QString();
            name.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (keyLooksSecret(name, patterns) && valueCouldBeSecret(value)) {
                findings.add(Tr::tr("command-line flag %1").arg(QStringLiteral("--") + match.captured(1)),
                             Tr::tr("Config.Cmd/Entrypoint"));
                findings.addKey(QStringLiteral("--") + match.captured(1));
                continue;
            }
        }
        const QString kind = valueSecretKind(word);
        if (!kind.isEmpty()) {
            findings.add(Tr::tr("a command-line argument holding %1").arg(kind), Tr::tr("Config.Cmd/Entrypoint"));
        }
    }
}

CheckOutcome checkSecrets(const ScanContext &context, const QJsonObject &object, const Rule &rule)
{
    const SecretPatterns patterns = secretPatterns(rule);
    SecretFindings findings;
    const QJsonObject config = object.value(QLatin1String("Config")).toObject();
    if (rule.scope == Scope::Container) {
        const QJsonObject image = context.imageById(object.value(QLatin1String("Image")).toString());
        const QStringList imageEnv = strings(at(image, {"Config", "Env"}));
        const QSet<QString> inherited(imageEnv.begin(), imageEnv.end());
        scanEnv(
            strings(config.value(QLatin1String("Env"))), QStringLiteral("Config.Env"), inherited, patterns, findings);
        scanLabels(config.value(QLatin1String("Labels")).toObject(),
                   QStringLiteral("Config.Labels"),
                   at(image, {"Config", "Labels"}).toObject(),
                   patterns,
                   findings);
        scanCommandLine(strings(config.value(QLatin1String("Entrypoint"))) +
                            strings(config.value(QLatin1String("Cmd"))),
                        patterns,
                        findings);
    } else {
        scanEnv(strings(config.value(QLatin1String("Env"))), QStringLiteral("Config.Env"), {}, patterns, findings);
        scanLabels(
            config.value(QLatin1String("Labels")).toObject(), QStringLiteral("Config.Labels"), {}, patterns, findings);
        scanHistory(object, patterns, findings);
    }
    if (findings.isEmpty()) {
        return outcome(Status::Pass, Tr::tr("no secret-looking names or values"));
    }
    return outcome(Status::Fail,
                   findings.text(),
                   Tr::tr("secrets in the environment, labels or image history can be read by anyone who can inspect "
                          "the container or pull the image (values not shown)"),
                   findings.keys().isEmpty() ? QString() : findings.keys().join(QLatin1Char(',')));
}

} // namespace

void registerImageChecks(BuiltinChecks &checks)
{
    checks.add(QStringLiteral("secrets"), checkSecrets);
    checks.add(QStringLiteral("image-age"), checkImageAge);
    checks.add(QStringLiteral("image-size-layers"), checkImageSizeLayers);
    checks.add(QStringLiteral("history-build-tools"), checkHistoryBuildTools);
    checks.add(QStringLiteral("history-update-alone"), checkHistoryUpdateAlone);
    checks.add(QStringLiteral("history-add"), checkHistoryAdd);
    checks.add(QStringLiteral("healthcheck"), checkHealthcheck);
    checks.add(QStringLiteral("trusted-registry"), checkTrustedRegistry);
    checks.add(QStringLiteral("content-trust"), checkContentTrust);
    checks.add(QStringLiteral("image-sprawl"), checkImageSprawl);
}

} // namespace hullcheck::core
