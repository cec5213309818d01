#include "core/bench/builtinchecks.h"
#include "core/bench/rulepackloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hullcheck::core;

namespace {

const QString FileName = QStringLiteral("test.yaml");

// Lines 1-3.
const QByteArray Header = "pack: test-pack\n"
                          "version: \"1.0\"\n"
                          "rules:\n";

// A rule with its required fields on lines 4-7; `body` starts on line 8, indented by four spaces.
QByteArray withRule(const QByteArray &body)
{
    return Header +
           "  - id: HC-A\n"
           "    title: A title\n"
           "    severity: high\n"
           "    scope: container\n" +
           body;
}

// A rule whose fail_when (line 8) is `condition`, which starts on line 9, indented by six spaces.
QByteArray withCondition(const QByteArray &condition)
{
    return withRule("    fail_when:\n" + condition);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("b:true") : QStringLiteral("b:false");
    case QJsonValue::Double: return QStringLiteral("n:") + QString::number(value.toDouble());
    case QJsonValue::String: return QStringLiteral("s:") + value.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

QString opName(Condition::Op op)
{
    switch (op) {
    case Condition::Op::Eq: return QStringLiteral("eq");
    case Condition::Op::Ne: return QStringLiteral("ne");
    case Condition::Op::In: return QStringLiteral("in");
    case Condition::Op::Contains: return QStringLiteral("contains");
    case Condition::Op::Matches: return QStringLiteral("matches");
    case Condition::Op::Lt: return QStringLiteral("lt");
    case Condition::Op::Gt: return QStringLiteral("gt");
    case Condition::Op::Exists: return QStringLiteral("exists");
    case Condition::Op::Empty: return QStringLiteral("empty");
    case Condition::Op::All: return QStringLiteral("all");
    case Condition::Op::Any: return QStringLiteral("any");
    case Condition::Op::Not: return QStringLiteral("not");
    case Condition::Op::AnyElement: return QStringLiteral("any_element");
    case Condition::Op::AllElements: return QStringLiteral("all_elements");
    }
    return {};
}

// A condition as compact text: op[path|segments](operand){children}.
QString dump(const Condition &condition)
{
    QString text = opName(condition.op) + QLatin1Char('[') + condition.path.join(QLatin1Char('|')) + QLatin1Char(']');
    switch (condition.op) {
    case Condition::Op::In: {
        QStringList values;
        for (const QJsonValue &value : condition.operands) {
            values.append(jsonText(value));
        }
        text += QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
        break;
    }
    case Condition::Op::Matches: text += QLatin1Char('/') + condition.pattern.pattern() + QLatin1Char('/'); break;
    case Condition::Op::All:
    case Condition::Op::Any:
    case Condition::Op::Not:
    case Condition::Op::AnyElement:
    case Condition::Op::AllElements: {
        QStringList children;
        for (const Condition &child : condition.children) {
            children.append(dump(child));
        }
        text += QLatin1Char('{') + children.join(QLatin1Char(',')) + QLatin1Char('}');
        break;
    }
    default: text += QLatin1Char('(') + jsonText(condition.operand) + QLatin1Char(')'); break;
    }
    return text;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray pack(const char *name, const char *version, const char *ruleId)
{
    return QByteArray("pack: ") + name + "\nversion: \"" + version + "\"\nrules:\n  - id: " + ruleId +
           "\n    title: T\n    severity: low\n    scope: image\n    fail_when: {path: Size, gt: 10}\n";
}

} // namespace

class TestRulePackLoader : public QObject
{
    Q_OBJECT

private slots:
    void builtinTextsAreTranslated_data();
    void builtinTextsAreTranslated();
    void rejects_data();
    void rejects();
    void readsEveryRuleField();
    void defaults();
    void readsConditions_data();
    void readsConditions();
    void convertsScalars_data();
    void convertsScalars();
    void compiledConditionsEvaluate();
    void acceptsKnownBuiltin();
    void readsDirectory();
    void rejectsBadDirectories();
    void rejectsDuplicatesAcrossFiles();
    void merges_data();
    void merges();
    void loadsBuiltinPacks();
};

void TestRulePackLoader::rejects_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    // YAML itself
    QTest::newRow("syntax: unclosed flow")
        << QByteArray("pack: p\nversion: 1\nrules: [\n") << 4 << QStringLiteral("YAML syntax error");
    QTest::newRow("syntax: bad indentation")
        << withRule("    fail_when: {path: A, eq: 1}\n   bad: x\n") << 9 << QStringLiteral("YAML syntax error");
    QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("the file is empty");
    QTest::newRow("comment only") << QByteArray("# nothing\n") << 1 << QStringLiteral("the file is empty");
    QTest::newRow("two documents") << QByteArray(withRule("    fail_when: {path: A, eq: 1}\n") + "---\npack: x\n") << 10
                                   << QStringLiteral("one YAML document");
    // yaml-cpp 0.7's LoadAll() collected empty documents for ever after a token that cannot start a node.
    QTest::newRow("syntax: stray comma") << QByteArray("- a\n,\n") << 2 << QStringLiteral("YAML syntax error");
    QTest::newRow("root is a list") << QByteArray("- a\n- b\n") << 1 << QStringLiteral("must be a mapping");

    // The pack
    QTest::newRow("no pack") << QByteArray("version: 1\nrules: []\n") << 1 << QStringLiteral("has no \"pack\"");
    QTest::newRow("no version") << QByteArray("pack: p\nrules: []\n") << 1 << QStringLiteral("has no \"version\"");
    QTest::newRow("empty version") << QByteArray("pack: p\nversion:\nrules: []\n") << 2
                                   << QStringLiteral("\"version\" is empty");
    QTest::newRow("no rules") << QByteArray("pack: p\nversion: 1\n") << 1 << QStringLiteral("has no \"rules\"");
    QTest::newRow("rules not a list") << QByteArray("pack: p\nversion: 1\nrules: {a: 1}\n") << 3
                                      << QStringLiteral("\"rules\" must be a list");
    QTest::newRow("unknown pack key") << QByteArray("pack: p\nversion: 1\nrule: []\n") << 3
                                      << QStringLiteral("unknown key \"rule\" in rule pack");
    QTest::newRow("rule not a mapping") << QByteArray(Header + "  - HC-A\n") << 4
                                        << QStringLiteral("rule must be a mapping");

    // Required rule fields
    QTest::newRow("rule without id") << QByteArray(Header + "  - title: T\n    severity: low\n    scope: host\n") << 4
                                     << QStringLiteral("a rule has no \"id\"");
    QTest::newRow("rule without title") << QByteArray(Header + "  - id: HC-X\n    severity: low\n    scope: host\n")
                                        << 4 << QStringLiteral("rule HC-X has no \"title\"");
    QTest::newRow("rule without severity") << QByteArray(Header + "  - id: HC-X\n    title: T\n    scope: host\n") << 4
                                           << QStringLiteral("rule HC-X has no \"severity\"");
    QTest::newRow("rule without scope") << QByteArray(Header + "  - id: HC-X\n    title: T\n    severity: low\n") << 4
                                        << QStringLiteral("rule HC-X has no \"scope\"");
    QTest::newRow("empty title") << QByteArray(Header + "  - id: HC-X\n    title: \"\"\n") << 5
                                 << QStringLiteral("\"title\" is empty");
    QTest::newRow("id with a space") << QByteArray(Header + "  - id: HC X\n") << 4
                                     << QStringLiteral("rule id \"HC X\" may hold only");

    // Enumerations
    QTest::newRow("unknown severity")
        << QByteArray(Header + "  - id: HC-X\n    title: T\n    severity: severe\n    scope: host\n") << 6
        << QStringLiteral("unknown severity \"severe\"");
    QTest::newRow("unknown scope") << QByteArray(Header +
                                                 "  - id: HC-X\n    title: T\n    severity: low\n    scope: pod\n")
                                   << 7 << QStringLiteral("unknown scope \"pod\"");
    QTest::newRow("unknown on_fail") << withRule("    fail_when: {path: A, eq: 1}\n    on_fail: skip\n") << 9
                                     << QStringLiteral("unknown on_fail \"skip\"");
    QTest::newRow("unknown evidence_source") << withRule("    fail_when: {path: A, eq: 1}\n    evidence_source: ssh\n")
                                             << 9 << QStringLiteral("unknown evidence_source \"ssh\"");
    QTest::newRow("automated not a bool")
        << withRule("    automated: yes\n") << 8 << QStringLiteral("\"automated\" must be true or false");
    QTest::newRow("level 3") << withRule("    level: 3\n    fail_when: {path: A, eq: 1}\n") << 8
                             << QStringLiteral("CIS level must be 1 or 2");
    QTest::newRow("bad cis id") << withRule("    cis: \"5,5\"\n    fail_when: {path: A, eq: 1}\n") << 8
                                << QStringLiteral("CIS id \"5,5\"");

    // Keys
    QTest::newRow("typo in a rule key") << withRule("    fail_wen: {path: A, eq: 1}\n") << 8
                                        << QStringLiteral("unknown key \"fail_wen\" in rule");
    QTest::newRow("duplicate rule key") << withRule("    fail_when: {path: A, eq: 1}\n    title: Again\n") << 9
                                        << QStringLiteral("key \"title\" appears twice");
    QTest::newRow("references not a list") << withRule("    fail_when: {path: A, eq: 1}\n    references: http://x\n")
                                           << 9 << QStringLiteral("\"references\" must be a list");

    // Which check
    QTest::newRow("fail_when and pass_when")
        << withRule("    fail_when: {path: A, eq: 1}\n    pass_when: {path: A, eq: 2}\n") << 9
        << QStringLiteral("has both \"fail_when\" and \"pass_when\"");
    QTest::newRow("pass_when and builtin") << withRule("    pass_when: {path: A, eq: 2}\n    builtin: x\n") << 9
                                           << QStringLiteral("has both \"pass_when\" and \"builtin\"");
    QTest::newRow("automated rule without a check")
        << withRule("    description: D\n") << 4 << QStringLiteral("rule HC-A has no check");
    QTest::newRow("manual rule with a check")
        << withRule("    automated: false\n    fail_when: {path: A, eq: 1}\n") << 9
        << QStringLiteral("manual review (automated: false) and cannot have \"fail_when\"");
    QTest::newRow("unknown builtin") << withRule("    builtin: no-such-check\n") << 8
                                     << QStringLiteral("unknown built-in check \"no-such-check\"");
    QTest::newRow("params without builtin") << withRule("    fail_when: {path: A, eq: 1}\n    params: {a: 1}\n") << 9
                                            << QStringLiteral("\"params\" is only used with \"builtin\"");
    QTest::newRow("evidence on a manual rule") << withRule("    automated: false\n    evidence: [A]\n") << 9
                                               << QStringLiteral("\"evidence\" is only used with fail_when");
    QTest::newRow("duplicate rule id")
        << QByteArray(
               withRule("    fail_when: {path: A, eq: 1}\n") +
               "  - id: HC-A\n    title: T\n    severity: low\n    scope: host\n    fail_when: {path: A, eq: 1}\n")
        << 9 << QStringLiteral("duplicate rule id \"HC-A\" (first defined at test.yaml:4)");

    // Conditions (line 8 is "fail_when:", the condition starts on line 9)
    QTest::newRow("condition not a mapping")
        << withCondition("      - path: A\n") << 9 << QStringLiteral("condition must be a mapping");
    QTest::newRow("empty condition") << withRule("    fail_when:\n") << 8 << QStringLiteral("the condition is empty");
    QTest::newRow("empty path") << withCondition("      path:\n      eq: 1\n") << 9
                                << QStringLiteral("\"path\" is empty");
    QTest::newRow("empty not") << withCondition("      not:\n") << 9 << QStringLiteral("\"not\" needs one condition");
    QTest::newRow("empty in") << withCondition("      path: A\n      in:\n") << 10
                              << QStringLiteral("\"in\" needs a list");
    QTest::newRow("no operator") << withCondition("      path: A\n") << 9 << QStringLiteral("has no operator");
    QTest::newRow("two operators") << withCondition("      path: A\n      eq: 1\n      ne: 2\n") << 11
                                   << QStringLiteral("has \"eq\" and \"ne\"");
    QTest::newRow("typo in a condition key") << withCondition("      path: A\n      equals: 1\n") << 10
                                             << QStringLiteral("unknown key \"equals\" in condition");
    QTest::newRow("in not a list") << withCondition("      path: A\n      in: x\n") << 10
                                   << QStringLiteral("\"in\" needs a list");
    QTest::newRow("not not a mapping") << withCondition("      not:\n        - {path: A, eq: 1}\n") << 10
                                       << QStringLiteral("\"not\" needs one condition");
    QTest::newRow("invalid regex") << withCondition("      all:\n        - path: A\n          matches: \"(unclosed\"\n")
                                   << 11 << QStringLiteral("invalid regular expression \"(unclosed\"");
    QTest::newRow("lt on text") << withCondition("      path: A\n      lt: ten\n") << 10
                                << QStringLiteral("\"lt\" needs a number");
    QTest::newRow("gt on a quoted number")
        << withCondition("      path: A\n      gt: \"10\"\n") << 10 << QStringLiteral("\"gt\" needs a number");
    QTest::newRow("exists not a bool") << withCondition("      path: A\n      exists: 1\n") << 10
                                       << QStringLiteral("\"exists\" must be true or false");
    QTest::newRow("leaf without path") << withCondition("      eq: 1\n") << 9 << QStringLiteral("needs a path");
    QTest::newRow("any_element without path") << withCondition("      any_element: {path: ., eq: 1}\n") << 9
                                              << QStringLiteral("\"any_element\" needs a path");
    QTest::newRow("all with a path") << withCondition("      path: A\n      all: [{path: A, eq: 1}]\n") << 9
                                     << QStringLiteral("\"all\" takes no path");
    QTest::newRow("empty any") << withCondition("      any: []\n") << 9
                               << QStringLiteral("\"any\" needs a list of conditions");
    QTest::newRow("empty path segment") << withCondition("      path: A..B\n      eq: 1\n") << 9
                                        << QStringLiteral("path \"A..B\" has an empty segment");
    QTest::newRow("path with []") << withCondition("      path: Mounts[].Source\n      eq: 1\n") << 9
                                  << QStringLiteral("any_element");
    QTest::newRow("path not a text") << withCondition("      path: {a: 1}\n      eq: 1\n") << 9
                                     << QStringLiteral("\"path\" must be a path");
    QTest::newRow("nested error line")
        << withCondition("      any:\n        - path: A\n          eq: 1\n        - not:\n            path: B\n"
                         "            eq: 1\n            in: [1]\n")
        << 15 << QStringLiteral("has \"eq\" and \"in\"");
    QTest::newRow("self-referencing value") << withCondition("      path: A\n      eq: &loop [*loop]\n") << 10
                                            << QStringLiteral("nested too deeply or too large");
    QTest::newRow("alias bomb") << withCondition("      path: A\n      eq: [&a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],\n"
                                                 "           &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a],\n"
                                                 "           &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b],\n"
                                                 "           &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c],\n"
                                                 "           &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d],\n"
                                                 "           &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e],\n"
                                                 "           &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]]\n")
                                << 10 << QStringLiteral("nested too deeply or too large");
    QTest::newRow("self-referencing alias")
        << withCondition("      &loop\n      not: *loop\n") << 9 << QStringLiteral("nested too deeply");
}

void TestRulePackLoader::rejects()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const Result<RulePack> result = RulePackLoader::fromYaml(yaml, FileName);
    QVERIFY2(!result.ok(), yaml.constData());
    QCOMPARE(result.error().kind, ErrorKind::Parse);
    const QString message = result.error().message;
    const QString prefix = QStringLiteral("test.yaml:%1: ").arg(line);
    QVERIFY2(message.startsWith(prefix),
             qPrintable(QString(QStringLiteral("expected prefix ") + prefix + QStringLiteral(", got: ") + message)));
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestRulePackLoader::readsEveryRuleField()
{
    const QByteArray yaml = "pack: cis-docker-1.6.0\n"
                            "version: \"2026.11.0\"\n"
                            "rules:\n"
                            "  - id: HC-CONTAINER-PRIVILEGED\n"
                            "    cis: 5.10\n"
                            "    level: 2\n"
                            "    title: Privileged containers are not used\n"
                            "    description: >\n"
                            "      Checks the flag.\n"
                            "    rationale: Full host access.\n"
                            "    severity: critical\n"
                            "    scope: container\n"
                            "    automated: true\n"
                            "    evidence_source: host\n"
                            "    applies_when: {path: State.Running, eq: true}\n"
                            "    fail_when: {path: HostConfig.Privileged, eq: true}\n"
                            "    on_fail: warn\n"
                            "    evidence: [HostConfig.Privileged, [Config, Labels, com.example.x]]\n"
                            "    remediation: Recreate {name} without --privileged.\n"
                            "    references:\n"
                            "      - https://docs.docker.com/a\n"
                            "      - https://docs.docker.com/b\n"
                            "  - id: HC-DAEMON-MANUAL\n"
                            "    title: Review it\n"
                            "    severity: info\n"
                            "    scope: daemon\n"
                            "    automated: false\n"
                            "  - id: HC-IMAGE-PASS\n"
                            "    title: Pass when\n"
                            "    severity: low\n"
                            "    scope: image\n"
                            "    pass_when: {path: Config.User, ne: \"\"}\n"
                            "    on_fail: info\n";
    const Result<RulePack> result = RulePackLoader::fromYaml(yaml, QStringLiteral("/x/cis.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const RulePack &pack = result.value();
    QCOMPARE(pack.name, QStringLiteral("cis-docker-1.6.0"));
    QCOMPARE(pack.version, QStringLiteral("2026.11.0"));
    QCOMPARE(pack.rules.size(), 3);

    const Rule &rule = pack.rules.at(0);
    QCOMPARE(rule.id, QStringLiteral("HC-CONTAINER-PRIVILEGED"));
    QCOMPARE(rule.cisId, QStringLiteral("5.10")); // the text as written, not the number 5.1
    QCOMPARE(rule.cisLevel, 2);
    QCOMPARE(rule.title, QStringLiteral("Privileged containers are not used"));
    QCOMPARE(rule.description, QStringLiteral("Checks the flag."));
    QCOMPARE(rule.rationale, QStringLiteral("Full host access."));
    QCOMPARE(rule.severity, Severity::Critical);
    QCOMPARE(rule.scope, Scope::Container);
    QVERIFY(rule.automated);
    QCOMPARE(rule.evidenceSource, Rule::EvidenceSource::Host);
    QVERIFY(rule.appliesWhen);
    QCOMPARE(dump(*rule.appliesWhen), QStringLiteral("eq[State|Running](b:true)"));
    QVERIFY(rule.failWhen);
    QCOMPARE(dump(*rule.failWhen), QStringLiteral("eq[HostConfig|Privileged](b:true)"));
    QVERIFY(!rule.passWhen);
    QVERIFY(rule.builtin.isEmpty());
    QVERIFY(rule.params.isEmpty());
    QCOMPARE(rule.onFail, Status::Warn);
    QCOMPARE(rule.evidencePaths.size(), 2);
    QCOMPARE(rule.evidencePaths.at(0), (JsonPath{QStringLiteral("HostConfig"), QStringLiteral("Privileged")}));
    QCOMPARE(rule.evidencePaths.at(1),
             (JsonPath{QStringLiteral("Config"), QStringLiteral("Labels"), QStringLiteral("com.example.x")}));
    QCOMPARE(rule.remediation, QStringLiteral("Recreate {name} without --privileged."));
    QCOMPARE(rule.references,
             (QStringList{QStringLiteral("https://docs.docker.com/a"), QStringLiteral("https://docs.docker.com/b")}));
    QCOMPARE(rule.sourceFile, QStringLiteral("/x/cis.yaml"));
    QCOMPARE(rule.sourceLine, 4);

    const Rule &manual = pack.rules.at(1);
    QCOMPARE(manual.id, QStringLiteral("HC-DAEMON-MANUAL"));
    QVERIFY(!manual.automated);
    QCOMPARE(manual.scope, Scope::Daemon);
    QCOMPARE(manual.severity, Severity::Info);
    QVERIFY(!manual.failWhen && !manual.passWhen && manual.builtin.isEmpty());
    QCOMPARE(manual.sourceLine, 23);

    const Rule &passing = pack.rules.at(2);
    QVERIFY(passing.passWhen);
    QCOMPARE(dump(*passing.passWhen), QStringLiteral("ne[Config|User](s:)"));
    QCOMPARE(passing.onFail, Status::Info);
    QCOMPARE(passing.scope, Scope::Image);
    QCOMPARE(passing.sourceLine, 28);
}

void TestRulePackLoader::defaults()
{
    const Result<RulePack> result =
        RulePackLoader::fromYaml(withRule("    fail_when: {path: A, exists: true}\n"), FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Rule &rule = result.value().rules.at(0);
    QVERIFY(rule.cisId.isEmpty());
    QCOMPARE(rule.cisLevel, 0);
    QVERIFY(rule.automated);
    QCOMPARE(rule.evidenceSource, Rule::EvidenceSource::Api);
    QCOMPARE(rule.onFail, Status::Fail);
    QVERIFY(!rule.appliesWhen);
    QVERIFY(rule.evidencePaths.isEmpty());
    QVERIFY(rule.references.isEmpty());
    QCOMPARE(rule.section(), QStringLiteral("HC"));
}

void TestRulePackLoader::readsConditions_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<QString>("expected");

    QTest::newRow("eq") << QByteArray("{path: HostConfig.Privileged, eq: true}")
                        << QStringLiteral("eq[HostConfig|Privileged](b:true)");
    QTest::newRow("ne") << QByteArray("{path: Config.User, ne: root}") << QStringLiteral("ne[Config|User](s:root)");
    QTest::newRow("in") << QByteArray("{path: HostConfig.NetworkMode, in: [host, \"none\", 3, false]}")
                        << QStringLiteral("in[HostConfig|NetworkMode](s:host,s:none,n:3,b:false)");
    QTest::newRow("contains") << QByteArray("{path: HostConfig.CapAdd, contains: SYS_ADMIN}")
                              << QStringLiteral("contains[HostConfig|CapAdd](s:SYS_ADMIN)");
    QTest::newRow("matches") << QByteArray("{path: Config.Image, matches: \":latest$\"}")
                             << QStringLiteral("matches[Config|Image]/:latest$/");
    QTest::newRow("lt") << QByteArray("{path: HostConfig.PidsLimit, lt: 1}")
                        << QStringLiteral("lt[HostConfig|PidsLimit](n:1)");
    QTest::newRow("gt") << QByteArray("{path: Size, gt: 1.5e3}") << QStringLiteral("gt[Size](n:1500)");
    QTest::newRow("exists") << QByteArray("{path: Config.Healthcheck, exists: false}")
                            << QStringLiteral("exists[Config|Healthcheck](b:false)");
    QTest::newRow("empty") << QByteArray("{path: HostConfig.SecurityOpt, empty: true}")
                           << QStringLiteral("empty[HostConfig|SecurityOpt](b:true)");
    QTest::newRow("all") << QByteArray("{all: [{path: A, eq: 1}, {path: B, eq: 2}]}")
                         << QStringLiteral("all[]{eq[A](n:1),eq[B](n:2)}");
    QTest::newRow("any") << QByteArray("{any: [{path: A, eq: 1}]}") << QStringLiteral("any[]{eq[A](n:1)}");
    QTest::newRow("not") << QByteArray("{not: {path: A, eq: x}}") << QStringLiteral("not[]{eq[A](s:x)}");
    QTest::newRow("any_element") << QByteArray("{path: Mounts, any_element: {path: Source, eq: /}}")
                                 << QStringLiteral("any_element[Mounts]{eq[Source](s:/)}");
    QTest::newRow("all_elements with the element itself")
        << QByteArray("{path: HostConfig.CapDrop, all_elements: {path: ., ne: ALL}}")
        << QStringLiteral("all_elements[HostConfig|CapDrop]{ne[](s:ALL)}");
    QTest::newRow("path as a list")
        << QByteArray("{path: [bridge, Options, com.docker.network.bridge.enable_icc], eq: \"true\"}")
        << QStringLiteral("eq[bridge|Options|com.docker.network.bridge.enable_icc](s:true)");
    QTest::newRow("quoted dot path") << QByteArray("{path: \".\", eq: 1}") << QStringLiteral("eq[](n:1)");
    QTest::newRow("nested") << QByteArray("{all: [{not: {any: [{path: A, exists: true}]}}, {path: M, any_element: "
                                          "{all_elements: {path: ., gt: 0}, path: P}}]}")
                            << QStringLiteral(
                                   "all[]{not[]{any[]{exists[A](b:true)}},any_element[M]{all_elements[P]{gt[](n:0)}}}");
}

void TestRulePackLoader::readsConditions()
{
    QFETCH(QByteArray, condition);
    QFETCH(QString, expected);
    const Result<RulePack> result = RulePackLoader::fromYaml(withRule("    fail_when: " + condition + '\n'), FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result.value().rules.at(0).failWhen);
    QCOMPARE(dump(*result.value().rules.at(0).failWhen), expected);
}

void TestRulePackLoader::convertsScalars_data()
{
    QTest::addColumn<QByteArray>("operand");
    QTest::addColumn<QString>("expected");

    QTest::newRow("true") << QByteArray("true") << QStringLiteral("b:true");
    QTest::newRow("False") << QByteArray("False") << QStringLiteral("b:false");
    QTest::newRow("quoted true") << QByteArray("\"true\"") << QStringLiteral("s:true");
    QTest::newRow("integer") << QByteArray("42") << QStringLiteral("n:42");
    QTest::newRow("negative float") << QByteArray("-2.5") << QStringLiteral("n:-2.5");
    QTest::newRow("exponent") << QByteArray("1e3") << QStringLiteral("n:1000");
    QTest::newRow("hex") << QByteArray("0x1F") << QStringLiteral("n:31");
    QTest::newRow("octal") << QByteArray("0o17") << QStringLiteral("n:15");
    QTest::newRow("single-quoted number") << QByteArray("'42'") << QStringLiteral("s:42");
    QTest::newRow("!!str number") << QByteArray("!!str 42") << QStringLiteral("s:42");
    QTest::newRow("version-like text") << QByteArray("1.2.3") << QStringLiteral("s:1.2.3");
    QTest::newRow("yes stays text") << QByteArray("yes") << QStringLiteral("s:yes");
    QTest::newRow("null") << QByteArray("~") << QStringLiteral("null");
    QTest::newRow("empty value") << QByteArray("") << QStringLiteral("null");
    QTest::newRow("text") << QByteArray("unconfined") << QStringLiteral("s:unconfined");
    QTest::newRow("list") << QByteArray("[a, 1, \"2\"]") << QStringLiteral("[\"a\",1,\"2\"]");
    QTest::newRow("mapping") << QByteArray("{a: true, b: x}") << QStringLiteral("{\"a\":true,\"b\":\"x\"}");
}

void TestRulePackLoader::convertsScalars()
{
    QFETCH(QByteArray, operand);
    QFETCH(QString, expected);
    const Result<RulePack> result =
        RulePackLoader::fromYaml(withRule("    fail_when:\n      path: A\n      eq: " + operand + '\n'), FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(jsonText(result.value().rules.at(0).failWhen->operand), expected);
}

void TestRulePackLoader::compiledConditionsEvaluate()
{
    const Result<RulePack> result = RulePackLoader::fromYaml(
        withRule("    fail_when:\n"
                 "      path: Mounts\n"
                 "      any_element:\n"
                 "        all: [{path: Source, matches: \"^/(etc|proc)(/|$)\"}, {path: RW, eq: true}]\n"),
        FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Condition &condition = *result.value().rules.at(0).failWhen;
    const auto mount = [](const char *source, bool rw) {
        return QJsonObject{{QLatin1String("Source"), QString::fromLatin1(source)}, {QLatin1String("RW"), rw}};
    };
    QVERIFY(condition.evaluate(
        QJsonObject{{QLatin1String("Mounts"), QJsonArray{mount("/data", true), mount("/etc", true)}}}));
    QVERIFY(!condition.evaluate(QJsonObject{{QLatin1String("Mounts"), QJsonArray{mount("/etc", false)}}}));
    QVERIFY(!condition.evaluate(QJsonObject{{QLatin1String("Mounts"), QJsonArray{mount("/etcetera", true)}}}));
}

void TestRulePackLoader::acceptsKnownBuiltin()
{
    const QStringList names = BuiltinChecks::instance().names();
    if (names.isEmpty()) {
        QSKIP("no built-in checks are registered yet");
    }
    const Result<RulePack> result =
        RulePackLoader::fromYaml(withRule("    builtin: " + names.first().toUtf8() +
                                          "\n    params: {paths: [/, /etc], max: 3}\n    on_fail: warn\n"),
                                 FileName);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Rule &rule = result.value().rules.at(0);
    QCOMPARE(rule.builtin, names.first());
    QCOMPARE(rule.params,
             (QJsonObject{{QLatin1String("paths"), QJsonArray{QStringLiteral("/"), QStringLiteral("/etc")}},
                          {QLatin1String("max"), 3}}));
    QCOMPARE(rule.onFail, Status::Warn);
}

void TestRulePackLoader::readsDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.yaml")), pack("second", "2", "HC-B")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.yml")), pack("first", "1", "HC-A")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("c.yaml")), pack("first", "1", "HC-C")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not: [yaml"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.md")), "# rules"));

    const Result<RulePack> result = RulePackLoader::fromDirectory(dir.path());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const RulePack &merged = result.value();
    QCOMPARE(merged.name, QStringLiteral("first+second"));
    QCOMPARE(merged.version, QStringLiteral("1+2"));
    QCOMPARE(merged.rules.size(), 3);
    QCOMPARE(merged.rules.at(0).id, QStringLiteral("HC-A"));
    QCOMPARE(merged.rules.at(1).id, QStringLiteral("HC-B"));
    QCOMPARE(merged.rules.at(2).id, QStringLiteral("HC-C"));
    QCOMPARE(merged.rules.at(0).sourceFile, dir.filePath(QStringLiteral("a.yml")));
    QCOMPARE(merged.rules.at(1).sourceFile, dir.filePath(QStringLiteral("b.yaml")));
    QCOMPARE(merged.rules.at(1).sourceLine, 4);

    // An error in one file names that file.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("d.yaml")), "pack: p\nversion: 1\nrules:\n  - id: [x\n"));
    const Result<RulePack> broken = RulePackLoader::fromDirectory(dir.path());
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, ErrorKind::Parse);
    QVERIFY2(broken.error().message.startsWith(dir.filePath(QStringLiteral("d.yaml")) + QLatin1Char(':')),
             qPrintable(broken.error().message));
}

void TestRulePackLoader::rejectsBadDirectories()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing"));
    const Result<RulePack> absent = RulePackLoader::fromDirectory(missing);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().kind, ErrorKind::Io);
    QVERIFY2(absent.error().message.contains(missing), qPrintable(absent.error().message));

    const QString file = dir.filePath(QStringLiteral("file.yaml"));
    QVERIFY(writeFile(file, pack("p", "1", "HC-A")));
    const Result<RulePack> notDirectory = RulePackLoader::fromDirectory(file);
    QVERIFY(!notDirectory.ok());
    QCOMPARE(notDirectory.error().kind, ErrorKind::Io);
    QVERIFY2(notDirectory.error().message.contains(file), qPrintable(notDirectory.error().message));

    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(writeFile(empty + QStringLiteral("/rules.json"), "{}"));
    const Result<RulePack> noRules = RulePackLoader::fromDirectory(empty);
    QVERIFY(!noRules.ok());
    QCOMPARE(noRules.error().kind, ErrorKind::Parse);
    QVERIFY2(noRules.error().message.contains(empty), qPrintable(noRules.error().message));
}

void TestRulePackLoader::rejectsDuplicatesAcrossFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("10-base.yaml")), pack("base", "1", "HC-SAME")));
    // HC-SAME is the second rule of 20-extra.yaml, on line 9.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("20-extra.yaml")),
                      "pack: extra\n"
                      "version: \"1\"\n"
                      "rules:\n"
                      "  - id: HC-OTHER\n"
                      "    title: T\n"
                      "    severity: low\n"
                      "    scope: host\n"
                      "    automated: false\n"
                      "  - id: HC-SAME\n"
                      "    title: T\n"
                      "    severity: low\n"
                      "    scope: host\n"
                      "    automated: false\n"));
    const Result<RulePack> result = RulePackLoader::fromDirectory(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Parse);
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(dir.filePath(QStringLiteral("20-extra.yaml:9: "))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("duplicate rule id \"HC-SAME\"")), qPrintable(message));
    QVERIFY2(message.contains(dir.filePath(QStringLiteral("10-base.yaml:4"))), qPrintable(message));
}

void TestRulePackLoader::merges_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("versions");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QString>("expectedVersion");

    QTest::newRow("one pack") << QStringList{QStringLiteral("cis")} << QStringList{QStringLiteral("1")}
                              << QStringLiteral("cis") << QStringLiteral("1");
    QTest::newRow("same name and version")
        << QStringList{QStringLiteral("cis"), QStringLiteral("cis")}
        << QStringList{QStringLiteral("1"), QStringLiteral("1")} << QStringLiteral("cis") << QStringLiteral("1");
    QTest::newRow("distinct") << QStringList{QStringLiteral("cis"), QStringLiteral("extra"), QStringLiteral("cis")}
                              << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}
                              << QStringLiteral("cis+extra") << QStringLiteral("1+2+3");
}

void TestRulePackLoader::merges()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, versions);
    QFETCH(QString, expectedName);
    QFETCH(QString, expectedVersion);
    QList<RulePack> packs;
    for (qsizetype i = 0; i < names.size(); ++i) {
        RulePack pack;
        pack.name = names.at(i);
        pack.version = versions.at(i);
        Rule rule;
        rule.id = QStringLiteral("HC-%1").arg(i);
        pack.rules = {rule};
        packs.append(pack);
    }
    const Result<RulePack> result = RulePackLoader::merge(packs);
    QVERIFY(result.ok());
    QCOMPARE(result.value().name, expectedName);
    QCOMPARE(result.value().version, expectedVersion);
    QCOMPARE(result.value().rules.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(result.value().rules.at(i).id, QStringLiteral("HC-%1").arg(i));
    }
}

void TestRulePackLoader::loadsBuiltinPacks()
{
    const QStringList files = QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    const Result<RulePack> result = RulePackLoader::builtin();
    if (files.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral(":/rules")), qPrintable(result.error().message));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(!result.value().rules.isEmpty());
    QVERIFY(!result.value().name.isEmpty());
    for (const Rule &rule : result.value().rules) {
        QVERIFY2(rule.sourceFile.startsWith(QStringLiteral(":/rules/")), qPrintable(rule.sourceFile));
        QVERIFY(rule.sourceLine > 0);
    }
}

void TestRulePackLoader::builtinTextsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Every built-in rule's texts have a translation (the .qm embedded in hullcheck_core), the loader uses it, and
// no translation loses or invents a {placeholder} the remediation fills in.
void TestRulePackLoader::builtinTextsAreTranslated()
{
    QFETCH(QString, language);
    const Result<RulePack> source = RulePackLoader::builtin(RulePackLoader::Texts::Source);
    QVERIFY(source.ok());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/hullcheck_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Result<RulePack> translated = RulePackLoader::builtin();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(translated.ok());
    QCOMPARE(translated.value().rules.size(), source.value().rules.size());

    const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    const auto placeholders = [&placeholder](const QString &text) {
        QSet<QString> found;
        for (auto match = placeholder.globalMatch(text); match.hasNext();) {
            found.insert(match.next().captured());
        }
        return found;
    };
    QStringList untranslated;
    for (qsizetype i = 0; i < source.value().rules.size(); ++i) {
        const Rule &english = source.value().rules.at(i);
        const Rule &rule = translated.value().rules.at(i);
        QCOMPARE(rule.id, english.id);
        const std::pair<const QString *, const QString *> fields[] = {{&english.title, &rule.title},
                                                                      {&english.description, &rule.description},
                                                                      {&english.rationale, &rule.rationale},
                                                                      {&english.remediation, &rule.remediation}};
        for (const auto &[from, to] : fields) {
            const QString expected = translator.translate(RuleTextContext, from->toUtf8().constData());
            if (!from->isEmpty() && expected.isEmpty()) {
                untranslated.append(english.id + QStringLiteral(": ") + from->left(60));
                continue;
            }
            QCOMPARE(*to, from->isEmpty() ? *from : expected);
            QVERIFY2(placeholders(*to) == placeholders(*from), qPrintable(english.id + QLatin1Char(' ') + *to));
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    // Without a translator the texts are the English source.
    QCOMPARE(RulePackLoader::builtin().value().rules.first().title, source.value().rules.first().title);
}

QTEST_GUILESS_MAIN(TestRulePackLoader)

#include "tst_rulepackloader.moc"
