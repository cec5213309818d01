#include "core/docker/certificatefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QTime>

#include <optional>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::CertificateFile)
};

constexpr unsigned char TagInteger = 0x02;
constexpr unsigned char TagSequence = 0x30;
constexpr unsigned char TagUtcTime = 0x17;
constexpr unsigned char TagGeneralizedTime = 0x18;
constexpr unsigned char TagExplicitVersion = 0xa0;

// One DER element: its tag and where its content lies in the buffer.
struct Element
{
    unsigned char tag = 0;
    qsizetype contentStart = 0;
    qsizetype contentLength = 0;
    qsizetype end() const { return contentStart + contentLength; }
};

std::optional<Element> readElement(const QByteArray &der, qsizetype position, qsizetype limit)
{
    if (position + 2 > limit) {
        return std::nullopt;
    }
    Element element;
    element.tag = static_cast<unsigned char>(der.at(position));
    auto first = static_cast<unsigned char>(der.at(position + 1));
    position += 2;
    qsizetype length = first;
    if ((first & 0x80U) != 0) {
        const unsigned lengthBytes = first & 0x7fU;
        if (lengthBytes == 0 || lengthBytes > 4 || position + lengthBytes > limit) {
            return std::nullopt;
        }
        length = 0;
        for (unsigned i = 0; i < lengthBytes; ++i) {
            length = (length << 8) | static_cast<unsigned char>(der.at(position++));
        }
    }
    if (length < 0 || position + length > limit) {
        return std::nullopt;
    }
    element.contentStart = position;
    element.contentLength = length;
    return element;
}

std::optional<QDateTime> readTime(const QByteArray &der, const Element &element)
{
    const QString text = QString::fromLatin1(der.mid(element.contentStart, element.contentLength));
    QString full;
    if (element.tag == TagUtcTime && text.size() == 13) {
        // RFC 5280: two-digit years 50-99 are 19xx, 00-49 are 20xx.
        const int yy = text.left(2).toInt();
        full = QString::number(yy >= 50 ? 1900 + yy : 2000 + yy) + text.mid(2);
    } else if (element.tag == TagGeneralizedTime && text.size() == 15) {
        full = text;
    }
    if (!full.endsWith(QLatin1Char('Z'))) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(full.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(full.mid(8, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

CertificateValidity certificateValidityFromPem(const QByteArray &pem)
{
    CertificateValidity validity;
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : pem.indexOf(end, from);
    if (from < 0 || to < 0) {
        validity.error = Tr::tr("it holds no PEM certificate");
        return validity;
    }
    const QByteArray base64 = pem.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', "");
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        validity.error = Tr::tr("its PEM certificate is not valid base64");
        return validity;
    }
    const QByteArray &der = *decoded;
    const auto malformed = [&validity] {
        validity.error = Tr::tr("its certificate is not a well-formed X.509 certificate");
        return validity;
    };
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber INTEGER,
    //                            signature SEQUENCE, issuer SEQUENCE, validity SEQUENCE { notBefore, notAfter } ...
    const std::optional<Element> certificate = readElement(der, 0, der.size());
    if (!certificate || certificate->tag != TagSequence) {
        return malformed();
    }
    const std::optional<Element> tbs = readElement(der, certificate->contentStart, certificate->end());
    if (!tbs || tbs->tag != TagSequence) {
        return malformed();
    }
    std::optional<Element> field = readElement(der, tbs->contentStart, tbs->end());
    if (field && field->tag == TagExplicitVersion) {
        field = readElement(der, field->end(), tbs->end());
    }
    const unsigned char expected[] = {TagInteger, TagSequence, TagSequence};
    for (const unsigned char tag : expected) {
        if (!field || field->tag != tag) {
            return malformed();
        }
        field = readElement(der, field->end(), tbs->end());
    }
    if (!field || field->tag != TagSequence) {
        return malformed();
    }
    const std::optional<Element> notBefore = readElement(der, field->contentStart, field->end());
    const std::optional<Element> notAfter = notBefore ? readElement(der, notBefore->end(), field->end()) : std::nullopt;
    const std::optional<QDateTime> validFrom = notBefore ? readTime(der, *notBefore) : std::nullopt;
    const std::optional<QDateTime> validUntil = notAfter ? readTime(der, *notAfter) : std::nullopt;
    if (!validFrom || !validUntil) {
        return malformed();
    }
    validity.notBefore = *validFrom;
    validity.notAfter = *validUntil;
    return validity;
}

CertificateValidity readCertificateValidity(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CertificateValidity validity;
        validity.error = file.errorString();
        return validity;
    }
    constexpr qint64 MaxCertificateFileBytes = 1024 * 1024; // a certificate chain is a few KiB
    return certificateValidityFromPem(file.read(MaxCertificateFileBytes));
}

} // namespace hullcheck::core
