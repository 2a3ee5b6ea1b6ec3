#!/usr/bin/env python3
"""The PyTorch peer of bench_photodata: the data path alone, the way a PyTorch user writes it
(ImageFolder with PIL, Resize + CenterCrop, DataLoader with worker processes), over every image of
a folder of class folders, `--epochs` times. Prints one JSON line: images/s of each epoch.
"""
import argparse
import json
import time

import torch
import torchvision
from torchvision import transforms


def photo_loader(args):
    """ImageFolder over args.root with PIL Resize + CenterCrop to args.size, ImageNet
    normalisation, and a shuffling DataLoader with args.workers worker processes."""
    transform = transforms.Compose([
        transforms.Resize(args.size),
        transforms.CenterCrop(args.size),
        transforms.ToTensor(),
        transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ])
    dataset = torchvision.datasets.ImageFolder(args.root, transform=transform)
    loader = torch.utils.data.DataLoader(dataset, batch_size=args.batch, shuffle=True, num_workers=args.workers,
                                         persistent_workers=args.workers > 0)
    return dataset, loader


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--size", type=int, default=224)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--epochs", type=int, default=2)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    dataset, loader = photo_loader(args)
    rates = []
    for _ in range(args.epochs):
        start = time.perf_counter()
        seen = 0
        for images, labels in loader:
            seen += images.shape[0]
        rates.append(seen / (time.perf_counter() - start))
    print(json.dumps({"images": len(dataset), "images_per_second": rates, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
