#include "predict/predictioncard.h"
#include "document/projectdocument.h"
#include "predict/predicttab.h"
#include "predict/sharedialog.h"
#include "common/confusionheatmap.h"
#include "common/exportbutton.h"
#include "common/qrcodeimage.h"
#include "serve/modelserver.h"
#include "testdata.h"
#include "training/trainer.h"

#include "project/feedbacklog.h"
#include "project/provenancelog.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <opencv2/objdetect.hpp>
#include <QClipboard>
#include <QProgressBar>
#include <QRadioButton>
#include <QUrlQuery>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestPredictTab : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;

    static void drop(QWidget* target, const QStringList& paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestData::makeProject(m_tmp.filePath("project"), 2, 30, 16);
        TrainingConfig config;
        config.projectDir = m_root;
        config.epochs = 3;
        config.batchSize = 8;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    void droppedFilesArePredicted()
    {
        ProjectDocument document;
        PredictTab tab(&document);
        tab.resize(800, 600);
        tab.show();
        QSignalSpy loaded(&tab, &PredictTab::modelLoaded);
        QVERIFY(document.open(m_root));
        QVERIFY(loaded.wait(30000));

        const QStringList images = TestData::imagesBelow(m_root + "/images");
        QVERIFY(TestData::writeFile(m_tmp.filePath("notes.txt"), "not an image"));
        QSignalSpy shown(&tab, &PredictTab::predictionShown);
        drop(&tab, {images.first(), images.last(), m_tmp.filePath("notes.txt")});

        QVERIFY2(tab.message().contains("notes.txt") && tab.message().contains("not an image"), qPrintable(tab.message()));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
        QCOMPARE(tab.cards().size(), 2);
        for (PredictionCard* card : tab.cards()) {
            QVERIFY(card->hasResult());
            QVERIFY(card->topClass().startsWith("class"));
        }
        const auto prediction = shown.first().first().value<Prediction>();
        QVERIFY(prediction.ok());
        QCOMPARE(prediction.top.size(), 2); // two classes in this project

        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            tab.grab().save(QDir(shots).filePath("predict-tab.png"));

        tab.clearResults();
        QTRY_COMPARE(tab.cards().size(), 0);
    }

    // Share…: on the local network the address carries its code and the QR code reads back as
    // that address; a visitor's Wrong answer over HTTP shows in the Predict tab's matrix.
    void shareOnTheNetworkFeedsTheMatrix()
    {
        ProjectDocument document;
        PredictTab tab(&document);
        tab.resize(900, 700);
        tab.show();
        QSignalSpy loaded(&tab, &PredictTab::modelLoaded);
        QVERIFY(document.open(m_root));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(tab.exportButton()->isEnabled());
        tab.showShare();
        ShareDialog* share = tab.shareDialog();
        const auto radios = share->findChildren<QRadioButton*>();
        QCOMPARE(radios.size(), 2);
        radios[1]->setChecked(true); // Everyone on this network
        share->start();
        QVERIFY(share->isSharing());
        const QString address = share->address();
        QVERIFY2(address.contains("token="), qPrintable(address));

        // The code shown is the address's, and OpenCV finds a QR code in it (Debian's OpenCV
        // is built without the quirc decoder, so it cannot read the text back).
        const QImage qr = share->qrCode().convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr, QrCodeImage::encode(address, 8).convertToFormat(QImage::Format_Grayscale8));
        const cv::Mat mat(qr.height(), qr.width(), CV_8UC1, const_cast<uchar*>(qr.constBits()), size_t(qr.bytesPerLine()));
        std::vector<cv::Point> corners;
        QVERIFY(cv::QRCodeDetector().detect(mat.clone(), corners));
        QCOMPARE(int(corners.size()), 4);
        if (const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR"); !shots.isEmpty())
            share->grab().save(QDir(shots).filePath("share-dialog.png"));

        // A visitor: a picture, then "Wrong: it was …", over HTTP on the loopback address.
        const int before = FeedbackLog(m_root).entries().size();
        QUrl base(address);
        base.setHost("127.0.0.1");
        const QByteArray token = QUrlQuery(base).queryItemValue("token").toUtf8();
        QNetworkAccessManager net;
        auto post = [&](const QString& path, const QByteArray& body) {
            QUrl url = base;
            url.setPath(path);
            url.setQuery(QString());
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
            QNetworkReply* reply = net.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(30000);
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        QFile image(TestData::imagesBelow(m_root + "/images/class0").first());
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QJsonObject prediction = post("/api/predict", image.readAll());
        const QString predicted = prediction["top"].toArray()[0].toObject()["class"].toString();
        QVERIFY(!predicted.isEmpty());
        const QString truth = predicted == "class0" ? "class1" : "class0";
        QVERIFY(
            post("/api/feedback", QJsonDocument(QJsonObject{{"id", prediction["id"]}, {"truth", truth}}).toJson())["recorded"].toBool());
        QCOMPARE(FeedbackLog(m_root).entries().size(), before + 1);
        const int t = truth == "class0" ? 0 : 1, p = 1 - t;
        QTRY_VERIFY(tab.feedbackMatrix()->counts().value(t).value(p) >= 1);
        share->stop();
        QVERIFY(!share->isSharing());
        QVERIFY(QFile::remove(FeedbackLog(m_root).path())); // the next test counts its own answers
    }

    void feedbackGradCamUrlsAndPaste()
    {
        ProjectDocument document;
        PredictTab tab(&document);
        tab.resize(900, 700);
        tab.show();
        QSignalSpy loaded(&tab, &PredictTab::modelLoaded);
        QVERIFY(document.open(m_root));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const QString image = TestData::imagesBelow(m_root + "/images/class1").first();
        tab.addFiles({image});
        QTRY_VERIFY(tab.cards().size() == 1 && tab.cards().first()->hasResult());
        PredictionCard* card = tab.cards().first();

        // Answers land in feedback.json and in the feedback confusion matrix.
        card->answer("class1");
        card->answer("class0");
        const auto entries = FeedbackLog(m_root).entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].truth, QString("class0"));
        QCOMPARE(entries[1].predicted, card->topClass());
        const ConfusionMatrix matrix = FeedbackLog(m_root).confusion({"class0", "class1"});
        QCOMPARE(matrix.total(), 2);

        // "Add to dataset" copies the image into the class, with provenance.
        QTRY_VERIFY(!document.isLoading());
        QSignalSpy added(&document, &ProjectDocument::imagesAdded);
        const int before = TestData::imagesBelow(m_root + "/images/class0").size();
        Q_EMIT card->addToDatasetRequested("class0");
        QCOMPARE(added.count(), 1);
        QCOMPARE(document.counts().value(0), before + 1);
        QCOMPARE(TestData::imagesBelow(m_root + "/images/class0").size(), before + 1);
        QCOMPARE(ProvenanceLog(m_root).rows().last().provider, QString("predict"));

        // Grad-CAM beside each card.
        QSignalSpy cams(&tab, &PredictTab::gradCamShown);
        tab.setGradCamShown(true);
        QTRY_COMPARE_WITH_TIMEOUT(cams.count(), 1, 20000);

        // An image dropped from a web page: downloaded, then classified.
        TestHttpServer server;
        QVERIFY(server.listen());
        QFile file(image);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        server.route("/photo.png", [&](const TestHttpServer::Request&) { return TestHttpServer::reply(200, bytes); });
        tab.addUrls({server.url("/photo.png")});
        QTRY_COMPARE_WITH_TIMEOUT(tab.cards().size(), 2, 20000);
        QTRY_VERIFY(tab.cards().last()->hasResult());
        QVERIFY(tab.cards().last()->prediction().ok());

        // A folder: a batch with a progress bar that goes away when done.
        tab.addFiles({m_root + "/images/class0"});
        auto* batch = tab.findChild<QProgressBar*>("batchProgress");
        QVERIFY(batch && batch->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!batch->isVisible(), 30000);
        const int afterFolder = int(tab.cards().size());
        QVERIFY(afterFolder > 10);

        // A pasted image.
        QImage pasted(40, 40, QImage::Format_RGB888);
        pasted.fill(Qt::gray);
        QApplication::clipboard()->setImage(pasted);
        if (QApplication::clipboard()->image().isNull())
            QSKIP("this platform has no clipboard");
        tab.paste();
        QTRY_COMPARE_WITH_TIMEOUT(int(tab.cards().size()), afterFolder + 1, 20000);
        QTRY_VERIFY(tab.cards().last()->hasResult());
    }

    void dropWithoutAModelExplainsWhy()
    {
        QTemporaryDir tmp;
        const QString untrained = TestData::makeProject(tmp.path(), 2, 3, 16);
        ProjectDocument document;
        QVERIFY(document.openAndWait(untrained));
        PredictTab tab(&document);
        tab.show();
        drop(&tab, {TestData::imagesBelow(untrained + "/images").first()});
        QVERIFY2(tab.message().contains("train", Qt::CaseInsensitive), qPrintable(tab.message()));
        QCOMPARE(tab.cards().size(), 0);
    }
};

QTEST_MAIN(TestPredictTab)
#include "tst_predicttab.moc"
