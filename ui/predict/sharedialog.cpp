#include "predict/sharedialog.h"

#include "common/qrcodeimage.h"
#include "inference/predictor.h"
#include "serve/modelserver.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace picta {

ShareDialog::ShareDialog(QWidget* parent)
    : QDialog(parent)
    , m_server(std::make_unique<ModelServer>())
{
    setWindowTitle(tr("Share the classifier"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_local = new QRadioButton(tr("Only this &computer"), this);
    m_local->setChecked(true);
    m_network = new QRadioButton(tr("Everyone on this &network (phones, a class)"), this);
    m_network->setToolTip(tr("Anyone on the same Wi-Fi or network who has the address, which includes an access code, can use it"));
    m_startStop = new QPushButton(tr("&Start sharing"), this);
    m_startStop->setObjectName(QStringLiteral("startStop"));
    m_startStop->setDefault(true);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_address->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_address->setFont(big);
    m_copy = new QPushButton(tr("Cop&y address"), this);
    m_open = new QPushButton(tr("&Open in the browser"), this);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("qr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_counts = new QLabel(this);
    auto* close = new QPushButton(tr("Close"), this);

    connect(m_startStop, &QPushButton::clicked, this, [this] { isSharing() ? stop() : start(); });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(address()); });
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_server->pageUrl()); });
    connect(close, &QPushButton::clicked, this, &QDialog::hide);
    connect(m_server.get(), &ModelServer::feedbackRecorded, this, [this] {
        ++m_answers;
        refresh();
        Q_EMIT feedbackRecorded();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ShareDialog::refresh);

    auto* mode = new QHBoxLayout;
    mode->addWidget(m_local);
    mode->addWidget(m_network);
    mode->addStretch();
    mode->addWidget(m_startStop);
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
    addressRow->addWidget(m_open);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(mode);
    layout->addLayout(addressRow);
    layout->addWidget(m_qr, 1);
    layout->addLayout(bottom);
    refresh();
}

ShareDialog::~ShareDialog() = default;

void ShareDialog::setModel(std::shared_ptr<Predictor> predictor, const QString& projectDir)
{
    m_predictor = std::move(predictor);
    m_projectDir = projectDir;
    refresh();
}

void ShareDialog::start()
{
    if (!m_predictor)
        return;
    ServeOptions options;
    options.network = m_network->isChecked();
    if (const Status started = m_server->start(m_predictor, m_projectDir, options); !started) {
        m_counts->setText(started.error());
        return;
    }
    m_answers = 0;
    m_tick->start();
    refresh();
    Q_EMIT sharingChanged(true);
}

void ShareDialog::stop()
{
    if (!isSharing())
        return;
    m_server->stop();
    m_tick->stop();
    refresh();
    Q_EMIT sharingChanged(false);
}

bool ShareDialog::isSharing() const
{
    return m_server->isRunning();
}

QString ShareDialog::address() const
{
    return isSharing() ? m_server->pageUrl().toString() : QString();
}

QImage ShareDialog::qrCode() const
{
    return m_qr->pixmap().toImage();
}

void ShareDialog::refresh()
{
    const bool sharing = isSharing();
    m_intro->setText(m_predictor ? tr("Share <b>%1</b> as a web page: whoever opens the address can try the classifier with a "
                                      "picture or a photo, and say when it is wrong. Their answers appear on the Predict tab.")
                                       .arg(QFileInfo(m_predictor->runDir()).fileName().toHtmlEscaped())
                                 : tr("Load a model on the Predict tab first."));
    m_startStop->setText(sharing ? tr("&Stop sharing") : tr("&Start sharing"));
    m_startStop->setEnabled(sharing || m_predictor);
    m_local->setEnabled(!sharing);
    m_network->setEnabled(!sharing);
    m_copy->setEnabled(sharing);
    m_open->setEnabled(sharing);
    m_address->setText(sharing ? address() : tr("Not shared"));
    const bool showCode = sharing && m_server->isNetwork();
    if (showCode && m_qr->pixmap().isNull()) {
        const QPixmap code = QPixmap::fromImage(QrCodeImage::encode(address(), 8));
        m_qr->setPixmap(code);
        m_qr->setMinimumSize(code.size());
        m_qr->setToolTip(tr("Scan with a phone's camera to open the page"));
        m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(address()) + 8);
        adjustSize();
    } else if (!showCode && !m_qr->pixmap().isNull()) {
        m_qr->clear();
        m_qr->setMinimumSize(0, 0);
        m_address->setMinimumWidth(0);
        adjustSize();
    }
    m_counts->setText(sharing ? tr("Pictures classified: %1 · answers received: %2 · refused requests: %3")
                                    .arg(m_server->predictions())
                                    .arg(m_answers)
                                    .arg(m_server->refused())
                              : QString());
}

} // namespace picta
