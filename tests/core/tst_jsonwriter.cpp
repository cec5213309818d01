#include "core/report/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hullcheck::core;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughQtsParser_data();
    void roundTripsThroughQtsParser();
    void keepsKeyOrderAndLayout();
};

void TestJsonWriter::roundTripsThroughQtsParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("hc-running");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(say "hi" \ C:\path)");
    QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\r\x01\x1f");
    QTest::newRow("unicode") << QStringLiteral("Überprüfung — 検査 🐳");
    QTest::newRow("empty") << QString();
}

void TestJsonWriter::roundTripsThroughQtsParser()
{
    QFETCH(QString, text);
    JsonWriter out;
    out.beginObject();
    out.key(u"text");
    out.string(text);
    out.key(u"list");
    out.beginArray();
    out.number(-42);
    out.boolean(true);
    out.null();
    out.beginObject();
    out.endObject();
    out.beginArray();
    out.endArray();
    out.endArray();
    out.key(u"maybe");
    out.stringOrNull(text);
    out.endObject();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out.take(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QLatin1String("text")).toString(), text);
    QCOMPARE(object.value(QLatin1String("list")).toArray(),
             (QJsonArray{-42, true, QJsonValue(QJsonValue::Null), QJsonObject(), QJsonArray()}));
    QCOMPARE(object.value(QLatin1String("maybe")).isNull(), text.isEmpty());
}

void TestJsonWriter::keepsKeyOrderAndLayout()
{
    JsonWriter out;
    out.beginObject();
    out.key(u"schema");
    out.string(u"x");
    out.key(u"a");
    out.beginObject();
    out.key(u"n");
    out.number(1);
    out.endObject();
    out.endObject();
    QCOMPARE(out.take(), QByteArray("{\n  \"schema\": \"x\",\n  \"a\": {\n    \"n\": 1\n  }\n}\n"));
}

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
