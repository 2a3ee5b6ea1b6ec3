#!/usr/bin/env python3
"""Classify images with a Picta model package, as Picta does: only Python 3 and OpenCV needed.

    python3 predict.py photo.jpg [more.png ...]          top three classes of each image
    python3 predict.py --json photo.jpg                  one JSON object per image

model.onnx, model.json and this script sit side by side in the package; --model DIR points
elsewhere. The preprocessing below is Picta's, step for step (README.md, "Input"): the same
OpenCV decode flags, colour conversion, resize rule and centre crop, so the probabilities match
Picta's to about 1e-5. Debian: apt install python3-opencv.
"""
import argparse
import json
import math
import os
import sys

import cv2
import numpy as np


def sniff(head):
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"BM"):
        return "bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"II*\0") or head.startswith(b"MM\0*"):
        return "tiff"
    if len(head) >= 2 and head[0:1] == b"P" and b"1" <= head[1:2] <= b"6":
        return "pnm"
    if head.startswith(b"GIF8"):
        return "gif"
    return None


def to_8bit(image):
    if image.dtype == np.uint8:
        return image
    if image.dtype == np.uint16:
        return np.clip(np.rint(image / 257.0), 0, 255).astype(np.uint8)
    if image.dtype in (np.float32, np.float64):
        return np.clip(np.rint(image * 255.0), 0, 255).astype(np.uint8)
    return np.clip(np.rint(image), 0, 255).astype(np.uint8)


def flatten_alpha(image):
    """Transparent pixels over white."""
    planes = cv2.split(image)
    alpha = planes[-1].astype(np.float32) / np.float32(255.0)
    out = []
    for plane in planes[:-1]:
        p = plane.astype(np.float32) * alpha + (np.float32(1.0) - alpha) * np.float32(255.0)
        out.append(np.clip(np.rint(p), 0, 255).astype(np.uint8))
    return out[0] if len(out) == 1 else cv2.merge(out)


def decode(path, channels):
    with open(path, "rb") as f:
        data = f.read()
    kind = sniff(data[:16])
    if kind is None:
        raise ValueError("not an image (unrecognised content)")
    if kind == "gif":
        raise ValueError("GIF images are not supported")
    # JPEG: ANYCOLOR so that OpenCV turns it upright by its EXIF orientation; others unchanged.
    flags = (cv2.IMREAD_ANYCOLOR | cv2.IMREAD_ANYDEPTH) if kind == "jpeg" else cv2.IMREAD_UNCHANGED
    image = cv2.imdecode(np.frombuffer(data, np.uint8), flags)
    if image is None:
        raise ValueError("corrupt or unsupported %s image" % kind)
    image = to_8bit(image)
    if image.ndim == 3 and image.shape[2] in (2, 4):
        image = flatten_alpha(image)
    if image.ndim == 2 or image.shape[2] == 1:
        gray = image.reshape(image.shape[0], image.shape[1])
        return gray if channels == 1 else cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY if channels == 1 else cv2.COLOR_BGR2RGB)


def fit_square(image, size):
    """Shorter side to `size` (area filter when shrinking), then the centre square."""
    h, w = image.shape[:2]
    if w == size and h == size:
        return image
    scale = size / min(w, h)
    new_w = max(size, int(math.floor(w * scale + 0.5)))
    new_h = max(size, int(math.floor(h * scale + 0.5)))
    interpolation = cv2.INTER_AREA if scale < 1.0 else cv2.INTER_LINEAR
    resized = cv2.resize(image, (new_w, new_h), interpolation=interpolation)
    x, y = (new_w - size) // 2, (new_h - size) // 2
    return resized[y:y + size, x:x + size]


def main():
    parser = argparse.ArgumentParser(description="Classify images with a Picta model package.")
    parser.add_argument("images", nargs="+")
    parser.add_argument("--model", default=os.path.dirname(os.path.abspath(__file__)),
                        help="folder with model.onnx and model.json (default: this script's)")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON object per image, with every probability")
    args = parser.parse_args()

    with open(os.path.join(args.model, "model.json"), encoding="utf-8") as f:
        info = json.load(f)
    classes = info["classes"]
    size, channels = int(info["input"]["size"]), int(info["input"]["channels"])
    net = cv2.dnn.readNetFromONNX(os.path.join(args.model, "model.onnx"))

    failed = 0
    for path in args.images:
        try:
            image = fit_square(decode(path, channels), size)
        except (OSError, ValueError, cv2.error) as e:
            print("%s: %s" % (path, e), file=sys.stderr)
            failed += 1
            continue
        blob = image.astype(np.float32).reshape(size, size, channels).transpose(2, 0, 1)[np.newaxis]
        net.setInput(np.ascontiguousarray(blob))
        p = net.forward()[0]
        order = np.argsort(-p, kind="stable")[:max(1, args.top)]
        if args.json:
            print(json.dumps({"file": path, "class": classes[order[0]], "index": int(order[0]),
                              "probabilities": [float(v) for v in p]}))
        else:
            print("%s: %s" % (path, ", ".join("%s %.1f %%" % (classes[i], 100 * p[i]) for i in order)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
