#include "testdata.h"

#include "project/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace picta::test {

QByteArray TestData::patternPng(int classIndex, int size, int channels, std::mt19937& rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double base = 20 + 30 * unit(rng);
    const double bright = 170 + 80 * unit(rng);
    const int jitter = std::max(1, size / 8);
    const int dx = int(unit(rng) * jitter), dy = int(unit(rng) * jitter);
    cv::Mat image(size, size, CV_8UC1, cv::Scalar(base));
    const int h = size / 2;
    switch (classIndex % 6) {
    case 0:
        cv::rectangle(image, cv::Rect(dx, dy, h, h), cv::Scalar(bright), cv::FILLED);
        break;
    case 1:
        cv::rectangle(image, cv::Rect(h - dx, h - dy, h, h), cv::Scalar(bright), cv::FILLED);
        break;
    case 2:
        for (int y = dy % 4; y < size; y += 4)
            cv::line(image, {0, y}, {size - 1, y}, cv::Scalar(bright), 1);
        break;
    case 3:
        for (int x = dx % 4; x < size; x += 4)
            cv::line(image, {x, 0}, {x, size - 1}, cv::Scalar(bright), 1);
        break;
    case 4:
        cv::circle(image, {h + dx - jitter / 2, h + dy - jitter / 2}, size / 4, cv::Scalar(bright), cv::FILLED);
        break;
    default:
        cv::line(image, {0, 0}, {size - 1, size - 1}, cv::Scalar(bright), std::max(1, size / 8));
        break;
    }
    cv::Mat noise(size, size, CV_8UC1);
    cv::randn(noise, 0, 12);
    cv::add(image, noise, image);
    if (channels == 3) {
        cv::Mat colour;
        cv::cvtColor(image, colour, cv::COLOR_GRAY2BGR);
        image = colour;
    }
    std::vector<uchar> png;
    cv::imencode(".png", image, png);
    return QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size()));
}

QString TestData::makeProject(const QString& dir, int classes, int perClass, int size, int channels, unsigned seed)
{
    auto project = Project::create(dir, QStringLiteral("test project"));
    if (!project)
        return {};
    std::mt19937 rng(seed);
    QStringList names;
    for (int c = 0; c < classes; ++c) {
        names << QStringLiteral("class%1").arg(c);
        for (int i = 0; i < perClass; ++i) {
            const QString path
                = QDir(project->imagesDir()).filePath(QStringLiteral("class%1/img%2.png").arg(c).arg(i, 4, 10, QLatin1Char('0')));
            if (!writeFile(path, patternPng(c, size, channels, rng)))
                return {};
        }
    }
    project->setClasses(names);
    project->setImageSize(size);
    project->setValidationFraction(0.25);
    return project->save() ? project->rootDir() : QString();
}

QByteArray TestData::gradientJpeg(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / std::max(1, width - 1)), uchar(y * 255 / std::max(1, height - 1)), 128);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", image, jpeg, {cv::IMWRITE_JPEG_QUALITY, 95});
    return QByteArray(reinterpret_cast<const char*>(jpeg.data()), int(jpeg.size()));
}

bool TestData::writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList TestData::imagesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, {"*.png", "*.jpg"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace picta::test
