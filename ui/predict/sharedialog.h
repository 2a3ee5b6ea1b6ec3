#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;
class QTimer;

namespace picta {

class ModelServer;
class Predictor;

/// Share… on the Predict tab: the loaded model as a web page that anyone who opens its address
/// can use (pick or photograph a picture, or draw, and say Right / Wrong). Only this computer by
/// default; Everyone on this network shows the address with its access code and a QR code to
/// scan. Visitors' answers go into the project's feedback, where the Predict tab's matrix shows
/// them as they come. Closing the dialog keeps sharing; Stop (or closing the project) ends it.
class ShareDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShareDialog(QWidget* parent = nullptr);
    ~ShareDialog() override;

    /// The model to share next time Share starts (a running share goes on with its own until stopped).
    void setModel(std::shared_ptr<Predictor> predictor, const QString& projectDir);
    void start();
    void stop();
    bool isSharing() const;
    ModelServer* server() const { return m_server.get(); }
    QString address() const;
    QImage qrCode() const;

Q_SIGNALS:
    /// A visitor's answer was written to the project's feedback.json.
    void feedbackRecorded();
    void sharingChanged(bool sharing);

private:
    void refresh();

    std::unique_ptr<ModelServer> m_server;
    std::shared_ptr<Predictor> m_predictor;
    QString m_projectDir;
    QRadioButton* m_local = nullptr;
    QRadioButton* m_network = nullptr;
    QPushButton* m_startStop = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_counts = nullptr;
    QTimer* m_tick = nullptr;
    int m_answers = 0;
};

} // namespace picta
