#include "buildinfo.h"

#include <QtGlobal>

#include <google/protobuf/stubs/common.h>
#include <opencv2/core/utility.hpp>
#include <opencv2/core/version.hpp>
#include <torch/version.h>
#include <zlib.h>

namespace picta {

QString BuildInfo::version()
{
    return QStringLiteral(PICTA_VERSION);
}

QString BuildInfo::licence()
{
    // GPL because QCustomPlot, which the GUI links, is GPL-3.0-or-later.
    return QStringLiteral("GPL-3.0-or-later");
}

QList<BuildInfo::Library> BuildInfo::libraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("libtorch (PyTorch)"), QStringLiteral(TORCH_VERSION), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("OpenCV"), QString::fromStdString(cv::getVersionString()), QStringLiteral("Apache-2.0")},
        {QStringLiteral("ONNX"), QStringLiteral(PICTA_ONNX_VERSION), QStringLiteral("Apache-2.0")},
        {QStringLiteral("Protocol Buffers"), QString::fromStdString(google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION)),
         QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), QStringLiteral("Zlib")},
    };
}

} // namespace picta
