#!/usr/bin/env python3
"""The PyTorch peer of `picta-cli bench`: trains the same network on the same image files, one
epoch, the way a PyTorch user would (ImageFolder + DataLoader), and prints one JSON line.

Defaults follow the issue's reference setup: batch 64, shuffle, 2 workers, Adam 1e-3, 2 threads.
"""
import argparse
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from torchvision import transforms


class SmallCnn(nn.Module):
    """Picta's SmallCnn: conv 30 → pool → conv 15 → pool → dropout → dense 128 → 50 → N."""

    def __init__(self, channels, size, classes):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, 30, 3)
        self.conv2 = nn.Conv2d(30, 15, 3)
        self.dropout = nn.Dropout(0.2)
        side = ((size - 2) // 2 - 2) // 2
        self.fc1 = nn.Linear(15 * side * side, 128)
        self.fc2 = nn.Linear(128, 50)
        self.head = nn.Linear(50, classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = self.dropout(x).flatten(1)
        return self.head(F.relu(self.fc2(F.relu(self.fc1(x)))))


def build(arch, channels, size, classes):
    if arch == "small-cnn":
        return SmallCnn(channels, size, classes)
    if arch == "resnet18":
        model = torchvision.models.resnet18(num_classes=classes)
        if channels != 3:
            model.conv1 = nn.Conv2d(channels, 64, 7, 2, 3, bias=False)
        return model
    if arch == "mobilenetv2" and channels == 3:
        return torchvision.models.mobilenet_v2(num_classes=classes)
    raise SystemExit(f"unknown arch {arch}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True, help="folder with one subfolder per class")
    p.add_argument("--arch", default="small-cnn")
    p.add_argument("--size", type=int, default=28)
    p.add_argument("--channels", type=int, default=1)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--memory", action="store_true", help="decode everything first, time the training loop only")
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    steps = [transforms.Resize(args.size), transforms.CenterCrop(args.size)]
    if args.channels == 1:
        steps.append(transforms.Grayscale(1))
    steps += [transforms.ToTensor(), transforms.Normalize([0.5] * args.channels, [0.25] * args.channels)]
    dataset = torchvision.datasets.ImageFolder(args.dir, transform=transforms.Compose(steps))
    model = build(args.arch, args.channels, args.size, len(dataset.classes))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()

    start = time.perf_counter()
    if args.memory:
        images = torch.stack([dataset[i][0] for i in range(len(dataset))])
        labels = torch.tensor(dataset.targets)
        start = time.perf_counter()
        order = torch.randperm(len(dataset))
        batches = ((images[order[i:i + args.batch]], labels[order[i:i + args.batch]])
                   for i in range(0, len(dataset), args.batch))
    else:
        batches = torch.utils.data.DataLoader(dataset, batch_size=args.batch, shuffle=True,
                                              num_workers=args.workers)
    seen = 0
    for x, y in batches:
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        seen += len(y)
    seconds = time.perf_counter() - start
    print(json.dumps({"images": seen, "seconds": seconds, "images_per_s": seen / seconds,
                      "torch": torch.__version__, "loss": float(loss)}))


if __name__ == "__main__":
    main()
