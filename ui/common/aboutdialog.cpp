#include "aboutdialog.h"

#include "support/buildinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>
#include <qrencode.h>

namespace picta {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Picta"));
    setObjectName(QStringLiteral("about"));

    QList<BuildInfo::Library> libraries = BuildInfo::libraries();
    libraries.insert(1, {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR), QStringLiteral("GPL-3.0-or-later")});
    libraries.append({QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString()), QStringLiteral("LGPL-2.1-or-later")});
    QString rows;
    for (const BuildInfo::Library& library : libraries)
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2&nbsp;</td><td>%3</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped(), library.licence.toHtmlEscaped());

    m_text = tr("<h2>Picta %1</h2>"
                "<p>Build your own image classifier: collect images, train a network, and use it — without writing code.</p>"
                "<p>Licence: %2. Picta comes with ABSOLUTELY NO WARRANTY.</p>"
                "<p><b>Libraries</b></p>")
                 .arg(BuildInfo::version(), BuildInfo::licence())
        + QStringLiteral("<table>")
        + QStringLiteral("<tr><th align=left>%1</th><th align=left>&nbsp;%2&nbsp;</th><th align=left>%3</th></tr>")
              .arg(tr("Library"), tr("Version"), tr("Licence"))
        + rows + QStringLiteral("</table>");

    auto* icon = new QLabel(this);
    icon->setPixmap(windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto* label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(label, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace picta
