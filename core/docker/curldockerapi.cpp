#include "core/docker/curldockerapi.h"

#include "core/docker/transporterror.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <curl/curl.h>

#include <array>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

namespace hullcheck::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::core::CurlDockerApi)
};

// Where one transfer writes its body and headers; the callbacks enforce the size cap and the cancel flag.
struct TransferSink
{
    QByteArray body;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    QMap<QString, QString> headers; // lower-case names
    bool wantHeaders = false;
    const CancelFlag *cancel = nullptr;
};

size_t writeBody(char *data, size_t size, size_t count, void *userData)
{
    auto *sink = static_cast<TransferSink *>(userData);
    const size_t bytes = size * count;
    if (sink->body.size() + static_cast<qint64>(bytes) > sink->maxBytes) {
        sink->tooLarge = true;
        return 0; // makes curl fail with CURLE_WRITE_ERROR
    }
    sink->body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t writeHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *sink = static_cast<TransferSink *>(userData);
    const size_t bytes = size * count;
    if (sink->wantHeaders) {
        const QString line = QString::fromLatin1(data, static_cast<qsizetype>(bytes)).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            sink->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }
    return bytes;
}

int checkCancel(void *userData,
                curl_off_t /*downloadTotal*/,
                curl_off_t /*downloaded*/,
                curl_off_t /*uploadTotal*/,
                curl_off_t /*uploaded*/)
{
    const auto *sink = static_cast<const TransferSink *>(userData);
    return sink->cancel && sink->cancel->load() ? 1 : 0;
}

QString fingerprintOfPem(const QByteArray &pem)
{
    const QByteArray begin("-----BEGIN CERTIFICATE-----");
    const QByteArray end("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end);
    if (from < 0 || to < from) {
        return {};
    }
    const QByteArray der = QByteArray::fromBase64(pem.mid(from + begin.size(), to - from - begin.size()).simplified());
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

VoidResult checkReadable(const QString &path, ErrorKind kind, const QString &what)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return Error{
            kind, Tr::tr("The %1 file %2 does not exist.").arg(what, path), QStringLiteral("missing: %1").arg(path)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{kind,
                     Tr::tr("The %1 file %2 cannot be read: %3.").arg(what, path, file.errorString()),
                     QStringLiteral("unreadable: %1: %2").arg(path, file.errorString())};
    }
    return Done{};
}

using CurlHandle = CURL *;

} // namespace

class CurlDockerApi::Private
{
public:
    Private(Endpoint endpoint, TransportOptions options)
        : m_endpoint(std::move(endpoint))
        , m_options(options)
    {
        if (m_endpoint.transport == Endpoint::Transport::Unix) {
            m_baseUrl = QByteArrayLiteral("http://localhost");
        } else {
            const QString host = m_endpoint.hostName.contains(QLatin1Char(':'))
                                     ? QLatin1Char('[') + m_endpoint.hostName + QLatin1Char(']')
                                     : m_endpoint.hostName;
            m_baseUrl = (m_endpoint.tls.enabled ? QStringLiteral("https://") : QStringLiteral("http://")).toLatin1() +
                        host.toUtf8() + ':' + QByteArray::number(m_endpoint.port);
        }
    }

    ~Private()
    {
        for (CurlHandle handle : m_idle) {
            curl_easy_cleanup(handle);
        }
    }
    Q_DISABLE_COPY_MOVE(Private)

    struct Response
    {
        long status = 0;
        QByteArray body;
        QMap<QString, QString> headers;
    };

    Result<Response> perform(const QByteArray &method,
                             const QString &path,
                             const QByteArray &body,
                             bool versioned,
                             bool wantHeaders,
                             const CancelFlag &cancel);

    std::optional<ApiVersion> negotiated() const
    {
        const std::lock_guard lock(m_mutex);
        return m_negotiated;
    }
    void setNegotiated(ApiVersion version)
    {
        const std::lock_guard lock(m_mutex);
        m_negotiated = version;
    }
    QString fingerprint() const
    {
        const std::lock_guard lock(m_mutex);
        return m_fingerprint;
    }

    Endpoint m_endpoint;
    TransportOptions m_options;

private:
    std::optional<CurlHandle> acquire(const CancelFlag &cancel);
    void release(CurlHandle handle);
    CurlHandle createHandle() const;
    void rememberFingerprint(CurlHandle handle);

    QByteArray m_baseUrl;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<CurlHandle> m_idle;
    int m_created = 0;
    std::optional<ApiVersion> m_negotiated;
    QString m_fingerprint;
};

CurlHandle CurlDockerApi::Private::createHandle() const
{
    CurlHandle handle = curl_easy_init();
    if (!handle) {
        return nullptr;
    }
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // we run on worker threads
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "Hullcheck/" HULLCHECK_VERSION);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeoutMs));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.requestTimeoutMs));
    curl_easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_options.maxResponseBytes));
    curl_easy_setopt(handle, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, checkCancel);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    if (m_endpoint.transport == Endpoint::Transport::Unix) {
        curl_easy_setopt(handle, CURLOPT_UNIX_SOCKET_PATH, QFile::encodeName(m_endpoint.socketPath).constData());
        return handle;
    }
    if (m_endpoint.tls.enabled) {
        curl_easy_setopt(handle, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
        curl_easy_setopt(handle, CURLOPT_CERTINFO, 1L);
        if (m_endpoint.tls.verify && !m_endpoint.tls.caFile.isEmpty()) {
            curl_easy_setopt(handle, CURLOPT_CAINFO, QFile::encodeName(m_endpoint.tls.caFile).constData());
        }
        if (!m_endpoint.tls.certFile.isEmpty()) {
            curl_easy_setopt(handle, CURLOPT_SSLCERT, QFile::encodeName(m_endpoint.tls.certFile).constData());
            curl_easy_setopt(handle, CURLOPT_SSLKEY, QFile::encodeName(m_endpoint.tls.keyFile).constData());
        }
        // Verification is off only when the user asked for --tls without --tlsverify (or a context with
        // SkipTLSVerify); the endpoint then reports itself as unverified everywhere.
        const long verify = m_endpoint.tls.verify ? 1L : 0L;
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, verify);
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, verify * 2L);
    }
    return handle;
}

std::optional<CurlHandle> CurlDockerApi::Private::acquire(const CancelFlag &cancel)
{
    std::unique_lock lock(m_mutex);
    while (true) {
        if (cancel.load()) {
            return std::nullopt;
        }
        if (!m_idle.empty()) {
            CurlHandle handle = m_idle.back();
            m_idle.pop_back();
            return handle;
        }
        if (m_created < std::max(1, m_options.maxConnections)) {
            ++m_created;
            lock.unlock();
            CurlHandle handle = createHandle();
            if (!handle) {
                lock.lock();
                --m_created;
                return std::nullopt;
            }
            return handle;
        }
        m_available.wait_for(lock, std::chrono::milliseconds(100));
    }
}

void CurlDockerApi::Private::release(CurlHandle handle)
{
    {
        const std::lock_guard lock(m_mutex);
        m_idle.push_back(handle);
    }
    m_available.notify_one();
}

void CurlDockerApi::Private::rememberFingerprint(CurlHandle handle)
{
    curl_certinfo *certificates = nullptr;
    if (curl_easy_getinfo(handle, CURLINFO_CERTINFO, &certificates) != CURLE_OK || !certificates ||
        certificates->num_of_certs < 1) {
        return;
    }
    // certinfo is a C array of per-certificate lists; the first is the server's own certificate.
    for (curl_slist *field = *certificates->certinfo; field; field = field->next) {
        const QByteArray line(field->data);
        if (line.startsWith("Cert:")) {
            const QString fingerprint = fingerprintOfPem(line.mid(5));
            const std::lock_guard lock(m_mutex);
            m_fingerprint = fingerprint;
            return;
        }
    }
}

Result<CurlDockerApi::Private::Response> CurlDockerApi::Private::perform(const QByteArray &method,
                                                                         const QString &path,
                                                                         const QByteArray &body,
                                                                         bool versioned,
                                                                         bool wantHeaders,
                                                                         const CancelFlag &cancel)
{
    const std::optional<CurlHandle> acquired = acquire(cancel);
    if (!acquired) {
        if (cancel.load()) {
            return Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), {}};
        }
        return Error{ErrorKind::DaemonUnreachable, Tr::tr("Could not create a connection handle."), {}};
    }
    CurlHandle handle = *acquired;
    struct Lease
    {
        Lease(Private *leaseOwner, CurlHandle leased)
            : owner(leaseOwner)
            , handle(leased)
        {
        }
        Private *owner;
        CurlHandle handle;
        curl_slist *headers = nullptr;
        ~Lease()
        {
            // The handle keeps pointers to our stack; clear them before anyone else uses it.
            curl_easy_setopt(handle, CURLOPT_HTTPHEADER, nullptr);
            curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, nullptr);
            curl_easy_setopt(handle, CURLOPT_POSTFIELDS, nullptr);
            curl_slist_free_all(headers);
            owner->release(handle);
        }
        Q_DISABLE_COPY_MOVE(Lease)
    } lease(this, handle);

    QByteArray url = m_baseUrl;
    if (versioned) {
        const std::optional<ApiVersion> version = negotiated();
        Q_ASSERT(version); // callers ping first
        url += "/v" + version->toString().toLatin1();
    }
    url += path.toUtf8();

    TransferSink sink;
    sink.maxBytes = m_options.maxResponseBytes;
    sink.wantHeaders = wantHeaders;
    sink.cancel = &cancel;
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};

    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &sink);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &sink);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer.data());
    if (method == "POST") {
        lease.headers = curl_slist_append(nullptr, "Content-Type: application/json");
        curl_easy_setopt(handle, CURLOPT_HTTPHEADER, lease.headers);
        curl_easy_setopt(handle, CURLOPT_POST, 1L);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.constData());
    } else {
        curl_easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    }

    const CURLcode code = curl_easy_perform(handle);
    if (m_endpoint.tls.enabled) {
        rememberFingerprint(handle);
    }
    if (code != CURLE_OK) {
        TransportFailure failure;
        failure.curlCode = static_cast<int>(code);
        curl_easy_getinfo(handle, CURLINFO_OS_ERRNO, &failure.osErrno);
        curl_easy_getinfo(handle, CURLINFO_SSL_VERIFYRESULT, &failure.sslVerifyResult);
        failure.curlMessage = QString::fromUtf8(errorBuffer.data());
        if (failure.curlMessage.isEmpty()) {
            failure.curlMessage = QString::fromLatin1(curl_easy_strerror(code));
        }
        failure.bodyTooLarge = sink.tooLarge;
        failure.maxResponseBytes = m_options.maxResponseBytes;
        failure.timeoutMs = m_options.requestTimeoutMs;
        Error error = transportError(failure, m_endpoint);
        qCDebug(lcDocker) << method << path << "failed:" << error.detail;
        return error;
    }
    Response response;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
    response.body = std::move(sink.body);
    response.headers = std::move(sink.headers);
    qCDebug(lcDocker) << method << path << "->" << response.status << response.body.size() << "bytes";
    return response;
}

CurlDockerApi::CurlDockerApi(std::unique_ptr<Private> data)
    : m_private(std::move(data))
{
}

CurlDockerApi::~CurlDockerApi() = default;

Result<std::shared_ptr<CurlDockerApi>> CurlDockerApi::create(const Endpoint &endpoint, const TransportOptions &options)
{
    if (endpoint.transport == Endpoint::Transport::Tcp && endpoint.tls.enabled) {
        const TlsSettings &tls = endpoint.tls;
        if (tls.certFile.isEmpty() != tls.keyFile.isEmpty()) {
            return Error{ErrorKind::TlsClientCertificate,
                         Tr::tr("A client certificate needs both a certificate and its key; only %1 was given.")
                             .arg(tls.certFile.isEmpty() ? tls.keyFile : tls.certFile),
                         {}};
        }
        // Like the docker CLI, the CA is only read when the server is verified.
        if (tls.verify && !tls.caFile.isEmpty()) {
            if (const VoidResult readable =
                    checkReadable(tls.caFile, ErrorKind::TlsServerUntrusted, Tr::tr("CA certificate"));
                !readable.ok()) {
                return readable.error();
            }
        }
        if (!tls.certFile.isEmpty()) {
            if (const VoidResult readable =
                    checkReadable(tls.certFile, ErrorKind::TlsClientCertificate, Tr::tr("client certificate"));
                !readable.ok()) {
                return readable.error();
            }
            if (const VoidResult readable =
                    checkReadable(tls.keyFile, ErrorKind::TlsKeyUnreadable, Tr::tr("client key"));
                !readable.ok()) {
                return readable.error();
            }
        }
    }
    auto api = std::shared_ptr<CurlDockerApi>(new CurlDockerApi(std::make_unique<Private>(endpoint, options)));
    return api;
}

const Endpoint &CurlDockerApi::endpoint() const
{
    return m_private->m_endpoint;
}

Result<PingInfo> CurlDockerApi::ping(const CancelFlag &cancel)
{
    Result<Private::Response> response = m_private->perform("GET", QStringLiteral("/_ping"), {}, false, true, cancel);
    if (!response.ok()) {
        return response.error();
    }
    const Private::Response &answer = response.value();
    if (answer.status >= 400) {
        return httpError(static_cast<int>(answer.status), answer.body, m_private->m_endpoint);
    }
    PingInfo info;
    info.serverApiVersion = answer.headers.value(QStringLiteral("api-version"));
    info.serverMinApiVersion = answer.headers.value(QStringLiteral("min-api-version"));
    info.osType = answer.headers.value(QStringLiteral("ostype"));
    info.server = answer.headers.value(QStringLiteral("server"));
    info.experimental = answer.headers.value(QStringLiteral("docker-experimental")) == QLatin1String("true");
    if (info.serverApiVersion.isEmpty() && answer.body.trimmed() != "OK") {
        return Error{ErrorKind::Parse,
                     Tr::tr("%1 answered, but not like a Docker daemon (no API version, no \"OK\" on /_ping).")
                         .arg(m_private->m_endpoint.url()),
                     QStringLiteral("ping body: %1").arg(QString::fromUtf8(answer.body.left(100)))};
    }
    const Result<ApiVersion> negotiated = negotiateApiVersion(info.serverApiVersion, info.serverMinApiVersion);
    if (!negotiated.ok()) {
        return negotiated.error();
    }
    info.negotiated = negotiated.value();
    m_private->setNegotiated(info.negotiated);
    qCDebug(lcDocker) << "negotiated API" << info.negotiated.toString() << "with" << m_private->m_endpoint.url();
    return info;
}

Result<QJsonValue> CurlDockerApi::getJson(const QString &path, const CancelFlag &cancel)
{
    return postOrGet("GET", path, {}, cancel);
}

Result<QJsonValue> CurlDockerApi::postJson(const QString &path, const QByteArray &body, const CancelFlag &cancel)
{
    return postOrGet("POST", path, body, cancel);
}

Result<QJsonValue> CurlDockerApi::postOrGet(const QByteArray &method,
                                            const QString &path,
                                            const QByteArray &body,
                                            const CancelFlag &cancel)
{
    if (!m_private->negotiated()) {
        const Result<PingInfo> pinged = ping(cancel);
        if (!pinged.ok()) {
            return pinged.error();
        }
    }
    Result<Private::Response> response = m_private->perform(method, path, body, true, false, cancel);
    if (!response.ok()) {
        return response.error();
    }
    const Private::Response &answer = response.value();
    if (answer.status >= 400) {
        return httpError(static_cast<int>(answer.status), answer.body, m_private->m_endpoint);
    }
    if (answer.body.isEmpty()) {
        return QJsonValue();
    }
    QJsonParseError parseResult{};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseResult);
    if (parseResult.error != QJsonParseError::NoError) {
        return parseError(path, parseResult.errorString(), parseResult.offset, answer.body.size());
    }
    if (document.isArray()) {
        return QJsonValue(document.array());
    }
    return QJsonValue(document.object());
}

QString CurlDockerApi::serverCertificateFingerprint() const
{
    return m_private->fingerprint();
}

} // namespace hullcheck::core
