#!/usr/bin/env python3
"""The PyTorch peer of `bench_photodata --fine-tune`: fastai-shaped fine-tuning of ResNet-18 at
224 px the way a PyTorch user writes it: --frozen epochs with everything but the head frozen (the
full forward pass every batch; batch norm in eval mode, so the frozen backbone is truly frozen),
then --unfrozen epochs of the whole network. ImageFolder + PIL Resize/CenterCrop, DataLoader with
2 workers, AdamW. Prints one JSON line with each epoch's seconds.
"""
import argparse
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

from peer_data import photo_loader  # the same data path as the data-path peer, beside this script


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--size", type=int, default=224)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--frozen", type=int, default=3)
    p.add_argument("--unfrozen", type=int, default=1)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    dataset, loader = photo_loader(args)
    model = torchvision.models.resnet18(num_classes=len(dataset.classes))
    seconds = []
    for epoch in range(args.frozen + args.unfrozen):
        frozen = epoch < args.frozen
        for name, param in model.named_parameters():
            param.requires_grad = not frozen or name.startswith("fc.")
        optimizer = torch.optim.AdamW([q for q in model.parameters() if q.requires_grad], lr=1e-3, weight_decay=0.01)
        model.train()
        if frozen:
            for m in model.modules():
                if isinstance(m, nn.BatchNorm2d):
                    m.eval()
        start = time.perf_counter()
        for x, y in loader:
            optimizer.zero_grad(set_to_none=True)
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            optimizer.step()
        seconds.append(time.perf_counter() - start)
    print(json.dumps({"images": len(dataset), "epoch_seconds": seconds, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
