#include "serveworker.h"

#include "connectionfeeder.h"

#include "cleaning/imageheader.h"
#include "imaging/imagedecoder.h"
#include "imaging/rawimage.h"
#include "imaging/sketchpreprocessor.h"
#include "inference/predictor.h"
#include "project/feedbacklog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace picta {

namespace {

using Http = QHttpServerResponse::StatusCode;

void harden(QHttpServerResponse& r)
{
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("X-Frame-Options", "DENY");
}

QHttpServerResponse reply(const QJsonObject& body, Http status = Http::Ok)
{
    QHttpServerResponse r(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    harden(r);
    return r;
}

QHttpServerResponse refuse(Http status, const QString& why)
{
    return reply(QJsonObject{{"error", why}}, status);
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// A raw response written on a connection the HTTP server never sees a request from. It is
// closed once the refused body has arrived or the client sends again (what comes is drained,
// not kept: a client reads its answer only after it has sent everything, and closing on unread
// data would reset the connection before the answer is read), or after ten seconds.
void rejectConnection(QTcpSocket* socket, int code, const char* reason, const QString& why, bool closeNow)
{
    const QByteArray body = QJsonDocument(QJsonObject{{"error", why}}).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    if (closeNow)
        socket->disconnectFromHost();
    QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
}

// Follows the request stream as the HTTP server will read it: heads, then bodies of their
// Content-Length. Returns an HTTP status to refuse with, or 0.
struct StreamGuard {
    static constexpr int kMaxHead = 16 * 1024;
    qint64 maxBody = 0;
    /// Whether a head (its request line, and all of it) carries the access code.
    std::function<bool(const QByteArray&, const QByteArray&)> authorised;
    QByteArray head;
    qint64 bodyLeft = 0;
    bool refused = false;

    int feed(const QByteArray& chunk, QString* why)
    {
        qsizetype pos = 0;
        while (pos < chunk.size()) {
            if (bodyLeft > 0) {
                const qint64 take = std::min<qint64>(bodyLeft, chunk.size() - pos);
                bodyLeft -= take;
                pos += take;
                continue;
            }
            const qsizetype end = chunk.indexOf("\r\n\r\n", pos);
            const qsizetype take = end < 0 ? chunk.size() - pos : end + 4 - pos;
            head.append(chunk.constData() + pos, take);
            pos += take;
            // A head split across chunks: look for its end in what has gathered.
            const qsizetype headEnd = head.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (head.size() > kMaxHead) {
                    *why = ServeWorker::tr("the request head is over %1 KB").arg(kMaxHead / 1024);
                    return 431;
                }
                continue;
            }
            if (headEnd + 4 < head.size()) { // the gathered head ran into body bytes
                pos -= head.size() - (headEnd + 4);
                head.truncate(headEnd + 4);
            }
            qint64 length = 0;
            int lengths = 0;
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray& line : lines) {
                // A folded line (obsolete, RFC 9112) could carry a Content-Length the HTTP parser
                // reads and this guard would not: refused outright, as are odd lengths.
                if (line.startsWith(' ') || line.startsWith('\t')) {
                    *why = ServeWorker::tr("folded header lines are not accepted");
                    return 400;
                }
                const QByteArray l = line.trimmed().toLower();
                if (l.startsWith("content-length:")) {
                    const QByteArray value = l.mid(15).trimmed();
                    bool digits = !value.isEmpty() && value.size() <= 15;
                    for (char c : value)
                        digits = digits && c >= '0' && c <= '9';
                    if (!digits || ++lengths > 1) {
                        *why = ServeWorker::tr("the Content-Length must be one decimal number");
                        return 400;
                    }
                    length = value.toLongLong();
                } else if (l.startsWith("transfer-encoding:")) {
                    *why = ServeWorker::tr("chunked bodies are not accepted: send a Content-Length");
                    return 411;
                }
            }
            // Without the access code no body is read: nothing is buffered for a stranger. (A
            // request without a body goes on to its handler, which explains itself.)
            if (length > 0 && authorised && !authorised(lines.value(0), head)) {
                *why = ServeWorker::tr("this server needs its access code: open the full address shown in Picta");
                head.clear();
                bodyLeft = length - (chunk.size() - pos); // drained before the answer is read
                return 401;
            }
            head.clear();
            bodyLeft = std::max<qint64>(0, length);
            if (length < 0 || length > maxBody) {
                *why = ServeWorker::tr("the request body is over the limit of %1 MB").arg(maxBody / 1e6, 0, 'f', 0);
                bodyLeft -= chunk.size() - pos; // what is left of the refused body to drain
                return 413;
            }
        }
        return 0;
    }
};

} // namespace

ServeWorker::ServeWorker(std::shared_ptr<ServeContext> context)
    : m_context(std::move(context))
{
}

ServeWorker::~ServeWorker() = default;

void ServeWorker::init()
{
    m_http = new QHttpServer(this);
    m_feeder = new ConnectionFeeder(m_http);
    m_http->bind(m_feeder);
    m_http->route("/", [this](const QHttpServerRequest& r) { return page(r); });
    m_http->route("/api/model", [this](const QHttpServerRequest& r) { return model(r); });
    m_http->route("/api/predict", [this](const QHttpServerRequest& r) { return predict(r); });
    m_http->route("/api/feedback", [this](const QHttpServerRequest& r) { return feedback(r); });
}

namespace {

// Counts an open connection for as long as its socket lives: a child object, so the count is
// right even after Qt's HTTP server has disconnected every signal of a socket it gave up on.
class ConnectionCount : public QObject {
public:
    ConnectionCount(QTcpSocket* socket, std::shared_ptr<ServeContext> context, QString client)
        : QObject(socket)
        , m_context(std::move(context))
        , m_client(std::move(client))
    {
    }
    ~ConnectionCount() override
    {
        --m_context->connections;
        m_context->closeFrom(m_client);
    }

private:
    std::shared_ptr<ServeContext> m_context;
    QString m_client;
};

} // namespace

void ServeWorker::adopt(qintptr descriptor)
{
    // The listener counted this connection already (so a queue of them cannot pass the cap).
    auto* socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor) || !m_http) {
        delete socket;
        --m_context->connections;
        return;
    }
    const QString client = socket->peerAddress().toString();
    if (!m_context->openFrom(client)) {
        --m_context->connections;
        ++m_context->refused;
        rejectConnection(socket, 503, "Service Unavailable", tr("too many open connections from this address"), true);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    new ConnectionCount(socket, m_context, client); // owns the count from here on
    guard(socket);
    m_sockets.removeAll(nullptr);
    m_sockets << socket;
    m_feeder->feed(socket);
}

void ServeWorker::guard(QTcpSocket* socket)
{
    // Connected before the HTTP server's own readyRead handler, so it sees each chunk first
    // (the server reads everything available each time).
    auto stream = std::make_shared<StreamGuard>();
    stream->maxBody = m_context->options().maxBodyBytes;
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_context->options().idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater(); // also when the HTTP server has let go of it
    });
    stream->authorised = [context = m_context](const QByteArray& requestLine, const QByteArray& head) {
        if (context->options().token.isEmpty())
            return context->authorised({});
        const QUrlQuery query(QUrl(QString::fromLatin1(requestLine.split(' ').value(1))).query());
        if (context->authorised(query.queryItemValue(QStringLiteral("token"))))
            return true;
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith("authorization:")) {
                const QByteArray value = line.mid(14).trimmed();
                if (value.startsWith("Bearer ") && context->authorised(QString::fromUtf8(value.mid(7).trimmed())))
                    return true;
            }
        return false;
    };
    idle->start();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, stream, idle] {
        idle->start();
        if (stream->refused) {
            // Drained: the HTTP server sees nothing more of a refused connection.
            stream->bodyLeft -= socket->readAll().size();
            if (stream->bodyLeft <= 0)
                socket->disconnectFromHost();
            return;
        }
        QString why;
        const int code = stream->feed(socket->peek(socket->bytesAvailable()), &why);
        if (code == 0)
            return;
        stream->refused = true;
        // The HTTP server reads in a transaction it commits only for whole requests: what is
        // drained here would pile up in it. It stops listening to this socket, and its
        // transaction is closed, before anything is drained.
        QObject::disconnect(socket, &QTcpSocket::readyRead, m_http, nullptr);
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        socket->readAll();
        ++m_context->refused;
        const char* reason = code == 413 ? "Payload Too Large"
            : code == 411                ? "Length Required"
            : code == 401                ? "Unauthorized"
            : code == 400                ? "Bad Request"
                                         : "Request Header Fields Too Large";
        rejectConnection(socket, code, reason, why, (code != 413 && code != 401) || stream->bodyLeft <= 0);
    });
    // The HTTP server deletes a socket when it disconnects; one we refused is not its own.
    connect(socket, &QTcpSocket::disconnected, socket, [socket, stream] {
        if (stream->refused)
            socket->deleteLater();
    });
}

void ServeWorker::shutdown()
{
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets))
        if (socket)
            socket->abort();
    m_sockets.clear();
    delete m_http;
    m_http = nullptr;
    m_feeder = nullptr;
}

std::optional<QHttpServerResponse> ServeWorker::gate(const QHttpServerRequest& request)
{
    // On the loopback without a code, only pages of this address may call: another site the user
    // visits cannot reach the server by pointing its own name at 127.0.0.1 (DNS rebinding).
    if (!m_context->options().network) {
        const QByteArray host = header(request, "Host").toLower();
        const QByteArray port = QByteArray::number(m_context->port.load());
        if (host != "127.0.0.1:" + port && host != "localhost:" + port) {
            ++m_context->refused;
            return refuse(Http::Forbidden, tr("this server answers only at 127.0.0.1"));
        }
    }
    if (!m_context->admit(request.remoteAddress())) {
        ++m_context->refused;
        return refuse(Http::TooManyRequests, tr("too many requests from this address: wait a minute"));
    }
    QByteArray token = header(request, "Authorization");
    token = token.startsWith("Bearer ") ? token.mid(7).trimmed() : request.query().queryItemValue(QStringLiteral("token")).toUtf8();
    if (!m_context->authorised(QString::fromUtf8(token))) {
        ++m_context->refused;
        return refuse(Http::Unauthorized, tr("this server needs its access code: open the full address shown in Picta"));
    }
    return std::nullopt;
}

QHttpServerResponse ServeWorker::page(const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return refuse(Http::MethodNotAllowed, tr("use GET"));
    if (auto refusal = gate(request)) {
        // A person opening the address without its code reads why, not JSON.
        QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"),
                              tr("<!DOCTYPE html><meta charset=utf-8><title>Picta</title><p style='font:1.2rem sans-serif'>"
                                 "This page needs its access code. Scan the QR code shown in Picta, or type the whole address "
                                 "with <code>?token=…</code>.</p>")
                                  .toUtf8(),
                              refusal->statusCode());
        harden(r);
        return r;
    }
    QFile file(QStringLiteral(":/serve/page.html"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Http::InternalServerError, tr("the page is missing from this build"));
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), file.readAll());
    harden(r);
    // Everything the page needs is in it: no other site is asked for anything.
    r.setHeader("Content-Security-Policy",
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src blob:; connect-src 'self'; "
                "form-action 'none'; frame-ancestors 'none'");
    return r;
}

QHttpServerResponse ServeWorker::model(const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return refuse(Http::MethodNotAllowed, tr("use GET"));
    if (auto refusal = gate(request))
        return std::move(*refusal);
    const ModelInfo& info = m_context->predictor()->info();
    const QString project = m_context->projectDir();
    return reply(QJsonObject{{"classes", QJsonArray::fromStringList(info.classes)},
                             {"arch", info.arch},
                             {"input", QJsonObject{{"size", info.imageSize}, {"channels", info.inputChannels}}},
                             {"drawing", info.inputChannels == 1},
                             {"title", project.isEmpty() ? tr("Picta classifier") : QFileInfo(project).fileName()}});
}

QHttpServerResponse ServeWorker::predict(const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return refuse(Http::MethodNotAllowed, tr("use POST with the picture's bytes as the body"));
    if (auto refusal = gate(request))
        return std::move(*refusal);
    QElapsedTimer timer;
    timer.start();
    const QByteArray body = request.body();
    if (body.isEmpty())
        return refuse(Http::BadRequest, tr("the request has no picture: send its bytes as the body"));
    const QString format = ImageDecoder::sniffFormat(body.left(16));
    if (format.isEmpty() || format == QLatin1String("gif"))
        return refuse(Http::UnsupportedMediaType,
                      format.isEmpty() ? tr("the body is not a picture (PNG, JPEG, BMP, WebP, TIFF or PNM)")
                                       : tr("GIF pictures are not supported"));
    if (const auto h = ImageHeader::read(body); h && double(h->width) * double(h->height) > double(ImageDecoder::kMaxPixels))
        return refuse(Http::PayloadTooLarge,
                      tr("%1×%2 pixels is over the limit of %3 megapixels")
                          .arg(h->width)
                          .arg(h->height)
                          .arg(ImageDecoder::kMaxPixels / 1e6, 0, 'f', 0));

    const std::shared_ptr<Predictor>& predictor = m_context->predictor();
    const ModelInfo& info = predictor->info();
    const int k = std::min<int>(5, int(info.classes.size()));
    Prediction p;
    if (request.query().queryItemValue(QStringLiteral("drawing")) == QLatin1String("1")) {
        // A drawing from the page's canvas: prepared as the Draw tab prepares one.
        const auto gray = ImageDecoder::decodeBytes(body, tr("drawing"), ImageDecoder::Color::Gray);
        if (!gray)
            return refuse(Http::UnprocessableEntity, gray.error());
        const auto prepared = SketchPreprocessor::prepare(gray.value(), info.imageSize, SketchPreprocessor::expectsLightInk(info.mean[0]));
        if (!prepared)
            return refuse(Http::UnprocessableEntity, tr("the drawing is empty"));
        RawImage raw;
        raw.width = prepared->cols;
        raw.height = prepared->rows;
        raw.bytesPerLine = int(prepared->step);
        raw.format = RawImage::Format::Gray8;
        raw.data = QByteArray(reinterpret_cast<const char*>(prepared->data), qsizetype(prepared->step * prepared->rows));
        p = predictor->predictRaw(raw, k);
    } else {
        p = predictor->predictBytes(body, tr("picture"), k);
    }
    if (!p.error.isEmpty() || p.top.isEmpty())
        return refuse(Http::UnprocessableEntity, p.error.isEmpty() ? tr("no answer") : p.error);
    QJsonArray top;
    for (const auto& c : p.top)
        top.append(QJsonObject{{"class", c.className}, {"p", c.probability}});
    ++m_context->predictions;
    return reply(
        QJsonObject{{"top", top}, {"id", m_context->remember(p.top.first().className)}, {"ms", double(timer.nsecsElapsed()) / 1e6}});
}

QHttpServerResponse ServeWorker::feedback(const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return refuse(Http::MethodNotAllowed, tr("use POST with {\"id\": …, \"truth\": …}"));
    if (auto refusal = gate(request))
        return std::move(*refusal);
    QJsonParseError error;
    const QJsonObject answer = QJsonDocument::fromJson(request.body().left(4096), &error).object();
    if (error.error != QJsonParseError::NoError || request.body().size() > 4096)
        return refuse(Http::BadRequest, tr("the body must be a small JSON object {\"id\": …, \"truth\": …}"));
    const QString id = answer.value("id").toString(), truth = answer.value("truth").toString();
    const ModelInfo& info = m_context->predictor()->info();
    if (!info.classes.contains(truth))
        return refuse(Http::BadRequest, tr("'%1' is not one of the classes").arg(truth.left(100)));
    const auto predicted = m_context->take(id); // one answer per prediction
    if (!predicted)
        return refuse(Http::NotFound, tr("no recent prediction has that id"));
    if (m_context->projectDir().isEmpty())
        return refuse(Http::Conflict, tr("answers are kept in a project, and this model is served without one"));
    const FeedbackEntry entry{QStringLiteral("web:%1").arg(id), QFileInfo(m_context->predictor()->runDir()).fileName(), *predicted, truth,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    {
        QMutexLocker lock(&m_context->feedbackMutex);
        if (const auto recorded = FeedbackLog(m_context->projectDir()).append(entry); !recorded)
            return refuse(Http::InternalServerError, recorded.error());
    }
    Q_EMIT feedbackRecorded();
    return reply(QJsonObject{{"recorded", true}, {"predicted", *predicted}, {"truth", truth}});
}

} // namespace picta
