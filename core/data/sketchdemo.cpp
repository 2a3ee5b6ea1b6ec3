#include "sketchdemo.h"

#include "imaging/sketchpreprocessor.h"
#include "support/atomicfile.h"

#include <QDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <random>

namespace picta {

namespace {

using Path = std::vector<cv::Point2d>;

// The shapes on a unit square centred on the origin, as polylines.
std::vector<Path> outline(int shape, std::mt19937& rng)
{
    std::uniform_real_distribution<double> u(0, 1);
    const double pi = 3.14159265358979;
    std::vector<Path> paths(1);
    Path& p = paths[0];
    switch (shape) {
    case 0: { // circle (an ellipse, not always closed exactly, as people draw it)
        const double aspect = 0.8 + 0.4 * u(rng), start = u(rng) * 2 * pi, overshoot = 0.1 * u(rng);
        for (double t = 0; t <= 2 * pi * (1 + overshoot); t += 0.15)
            p.push_back({0.5 * std::cos(start + t), 0.5 * aspect * std::sin(start + t)});
        break;
    }
    case 1: // square
        p = {{-0.45, -0.45}, {0.45, -0.45}, {0.45, 0.45}, {-0.45, 0.45}, {-0.45, -0.45}};
        break;
    case 2: // triangle
        p = {{0, -0.5}, {0.5, 0.4}, {-0.5, 0.4}, {0, -0.5}};
        break;
    case 3: // five-pointed star in one stroke
        for (int k = 0; k <= 5; ++k) {
            const double a = -pi / 2 + k * 4 * pi / 5;
            p.push_back({0.5 * std::cos(a), 0.5 * std::sin(a)});
        }
        break;
    case 4: // heart
        for (double t = 0; t <= 2 * pi + 0.01; t += 0.15) {
            const double x = 16 * std::pow(std::sin(t), 3);
            const double y = 13 * std::cos(t) - 5 * std::cos(2 * t) - 2 * std::cos(3 * t) - std::cos(4 * t);
            p.push_back({x / 34.0, -y / 34.0});
        }
        break;
    default: { // zigzag with 3 to 6 teeth
        const int teeth = 3 + int(rng() % 4);
        for (int k = 0; k <= teeth * 2; ++k)
            p.push_back({-0.5 + double(k) / (teeth * 2), k % 2 ? -0.25 : 0.25});
        break;
    }
    }
    return paths;
}

// Subdivides a polyline and pushes each point off its place by smooth noise: a hand's wobble.
Path wobble(const Path& path, double amount, std::mt19937& rng)
{
    std::normal_distribution<double> n(0, amount);
    Path dense;
    for (size_t i = 0; i + 1 < path.size(); ++i)
        for (int s = 0; s < 6; ++s) {
            const double t = s / 6.0;
            dense.push_back(path[i] * (1 - t) + path[i + 1] * t);
        }
    dense.push_back(path.back());
    cv::Point2d drift(0, 0);
    for (cv::Point2d& q : dense) {
        drift = drift * 0.7 + cv::Point2d(n(rng), n(rng));
        q += drift;
    }
    return dense;
}

} // namespace

QStringList SketchDemo::classNames()
{
    return {tr("circle"), tr("square"), tr("triangle"), tr("star"), tr("heart"), tr("zigzag")};
}

cv::Mat SketchDemo::draw(int shape, unsigned seed)
{
    std::mt19937 rng(seed * 7919u + unsigned(shape));
    std::uniform_real_distribution<double> u(0, 1);
    cv::Mat image(kSize, kSize, CV_8U, cv::Scalar(255));
    const double scale = kSize * (0.45 + 0.45 * u(rng)); // 45–90 % of the canvas
    const double angle = (u(rng) - 0.5) * 0.6;           // ±17°
    const cv::Point2d centre(kSize / 2.0 + (u(rng) - 0.5) * (kSize - scale) * 0.8, kSize / 2.0 + (u(rng) - 0.5) * (kSize - scale) * 0.8);
    const int thickness = 1 + int(rng() % 5);
    const double shakiness = 0.002 + 0.018 * u(rng); // from a steady hand (or a mouse) to a shaky one
    const double ca = std::cos(angle), sa = std::sin(angle);
    for (const Path& path : outline(shape, rng)) {
        std::vector<cv::Point> points;
        for (const cv::Point2d& q : wobble(path, shakiness, rng))
            points.push_back(cv::Point(int(std::lround((centre.x + scale * (ca * q.x - sa * q.y)) * 16)),
                                       int(std::lround((centre.y + scale * (sa * q.x + ca * q.y)) * 16))));
        cv::polylines(image, points, false, cv::Scalar(0), thickness, cv::LINE_AA, 4); // 4 fractional bits
    }
    return image;
}

Expected<Project> SketchDemo::createProject(const QString& outDir, int perClass, const std::function<void(int, int)>& progress)
{
    auto project = Project::create(outDir, tr("Sketch demo"));
    if (!project)
        return project;
    const QStringList names = classNames();
    project->setClasses(names);
    project->setImageSize(48); // thin strokes fade below ~1 px at 32
    project->setValidationFraction(0.25);
    if (const Status saved = project->save(); !saved)
        return Expected<Project>::failure(saved.error());
    const QDir images(project->imagesDir());
    const int total = perClass * int(names.size());
    for (int c = 0; c < names.size(); ++c) {
        if (!images.mkpath(names[c]))
            return Expected<Project>::failure(tr("Cannot create %1").arg(QDir::toNativeSeparators(images.filePath(names[c]))));
        for (int i = 0; i < perClass; ++i) {
            // Stored as the Draw tab will hand drawings to the model: cropped to the ink and centred.
            const auto prepared = SketchPreprocessor::prepare(draw(c, unsigned(i)), kSize, false);
            std::vector<uchar> png;
            cv::imencode(".png", prepared ? *prepared : draw(c, unsigned(i)), png);
            const QString path = images.filePath(QStringLiteral("%1/%1-%2.png").arg(names[c]).arg(i, 4, 10, QChar('0')));
            if (const Status written = AtomicFile::write(path, QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size())));
                !written)
                return Expected<Project>::failure(written.error());
            if (progress)
                progress(c * perClass + i + 1, total);
        }
    }
    return project;
}

} // namespace picta
