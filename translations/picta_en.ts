<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Fashion-MNIST has %n image(s); ask for at most %2</source>
        <translation>
            <numerusform>Fashion-MNIST has %n image; ask for at most %2</numerusform>
            <numerusform>Fashion-MNIST has %n images; ask for at most %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) as PNG…</source>
        <translation>
            <numerusform>Encoding %n image as PNG…</numerusform>
            <numerusform>Encoding %n images as PNG…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n hash(es)…</source>
        <translation>
            <numerusform>Searching %n hash…</numerusform>
            <numerusform>Searching %n hashes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All-pairs reference on %n image(s)…</source>
        <translation>
            <numerusform>All-pairs reference on %n image…</numerusform>
            <numerusform>All-pairs reference on %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) have problems</source>
        <translation>
            <numerusform>%1 of %n file has problems</numerusform>
            <numerusform>%1 of %n files have problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) among %2 images (%3 s)</source>
        <translation>
            <numerusform>%n group among %2 images (%3 s)</numerusform>
            <numerusform>%n groups among %2 images (%3 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo project with %1 images in %n class(es) written to %3</source>
        <translation>
            <numerusform>Demo project with %1 images in %n class written to %3</numerusform>
            <numerusform>Demo project with %1 images in %n classes written to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy %1 % on %n %3 image(s)</source>
        <translation>
            <numerusform>Accuracy %1 % on %n %3 image</numerusform>
            <numerusform>Accuracy %1 % on %n %3 images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported, %2 skipped (%3 already in the project)</source>
        <translation>
            <numerusform>%n image imported, %2 skipped (%3 already in the project)</numerusform>
            <numerusform>%n images imported, %2 skipped (%3 already in the project)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) written</source>
        <translation>
            <numerusform>%1 of %n image written</numerusform>
            <numerusform>%1 of %n images written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 images in %n class(es) to %3</source>
        <translation>
            <numerusform>Wrote %1 images in %n class to %3</numerusform>
            <numerusform>Wrote %1 images in %n classes to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) imported from %1 read (%2 s of video)</source>
        <translation>
            <numerusform>%n frame imported from %1 read (%2 s of video)</numerusform>
            <numerusform>%n frames imported from %1 read (%2 s of video)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left out as near duplicate(s)</source>
        <translation>
            <numerusform>, %n left out as a near duplicate</numerusform>
            <numerusform>, %n left out as near duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %n duplicate(s), %4 failed</source>
        <translation>
            <numerusform>%1: %2 downloaded, %n duplicate, %4 failed</numerusform>
            <numerusform>%1: %2 downloaded, %n duplicates, %4 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) downloaded</source>
        <translation>
            <numerusform>%n image downloaded</numerusform>
            <numerusform>%n images downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped, %1 failed%2</source>
        <translation>
            <numerusform>, %n duplicate skipped, %1 failed%2</numerusform>
            <numerusform>, %n duplicates skipped, %1 failed%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) credited in %2</source>
        <translation>
            <numerusform>%n image credited in %2</numerusform>
            <numerusform>%n images credited in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n prediction(s)</source>
        <translation>
            <numerusform>Stopped after %n prediction</numerusform>
            <numerusform>Stopped after %n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training on %1: %2 training and %n validation image(s) → %4</source>
        <translation>
            <numerusform>Training on %1: %2 training and %n validation image → %4</numerusform>
            <numerusform>Training on %1: %2 training and %n validation images → %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n epoch(s) (validation accuracy %3); go on with: picta-cli train --resume %4</source>
        <translation>
            <numerusform>Stopped after %1 of %n epoch (validation accuracy %3); go on with: picta-cli train --resume %4</numerusform>
            <numerusform>Stopped after %1 of %n epochs (validation accuracy %3); go on with: picta-cli train --resume %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: validation accuracy %1 after %n epoch(s) in %3 s; run saved in %4</source>
        <translation>
            <numerusform>Done: validation accuracy %1 after %n epoch in %3 s; run saved in %4</numerusform>
            <numerusform>Done: validation accuracy %1 after %n epochs in %3 s; run saved in %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data parallel over %n rank(s): each trains on its share of every epoch</source>
        <translation>
            <numerusform>Data parallel over %n rank: each trains on its share of every epoch</numerusform>
            <numerusform>Data parallel over %n ranks: each trains on its share of every epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank %1: LOCAL_RANK is %2 but this machine has %n GPU(s): start one rank per GPU</source>
        <translation>
            <numerusform>Rank %1: LOCAL_RANK is %2 but this machine has %n GPU: start one rank per GPU</numerusform>
            <numerusform>Rank %1: LOCAL_RANK is %2 but this machine has %n GPUs: start one rank per GPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message numerus="yes">
        <source>CUDA (%n GPU(s))</source>
        <translation>
            <numerusform>CUDA (%n GPU)</numerusform>
            <numerusform>CUDA (%n GPUs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (%n thread)</numerusform>
            <numerusform>CPU (%n threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message numerus="yes">
        <source>
%n image(s) have no known licence: ask their owners before publishing them.
</source>
        <translation>
            <numerusform>
%n image has no known licence: ask its owner before publishing it.
</numerusform>
            <numerusform>
%n images have no known licence: ask their owners before publishing them.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetTab</name>
    <message numerus="yes">
        <source>Label %n image(s) &apos;%1&apos;</source>
        <translation>
            <numerusform>Label %n image &apos;%1&apos;</numerusform>
            <numerusform>Label %n images &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n image(s)</source>
        <translation>
            <numerusform>Quarantine %n image</numerusform>
            <numerusform>Quarantine %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodedStore</name>
    <message numerus="yes">
        <source>Decoded images: unsupported size %1 with %n channel(s)</source>
        <translation>
            <numerusform>Decoded images: unsupported size %1 with %n channel</numerusform>
            <numerusform>Decoded images: unsupported size %1 with %n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its index says: %n image(s) are decoded again</source>
        <translation>
            <numerusform>%1 is shorter than its index says: %n image is decoded again</numerusform>
            <numerusform>%1 is shorter than its index says: %n images are decoded again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarlyStopping</name>
    <message numerus="yes">
        <source>Stopped early: %1 did not improve for %n epoch(s); keeping epoch %3</source>
        <translation>
            <numerusform>Stopped early: %1 did not improve for %n epoch; keeping epoch %3</numerusform>
            <numerusform>Stopped early: %1 did not improve for %n epochs; keeping epoch %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message numerus="yes">
        <source>%1: more than %n redirect(s)</source>
        <translation>
            <numerusform>%1: more than %n redirect</numerusform>
            <numerusform>%1: more than %n redirects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 after %n attempt(s)</source>
        <translation>
            <numerusform>%1: %2 after %n attempt</numerusform>
            <numerusform>%1: %2 after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message numerus="yes">
        <source>has %1 values for %n channel(s)</source>
        <translation>
            <numerusform>has %1 values for %n channel</numerusform>
            <numerusform>has %1 values for %n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n class(es), expected 2 to %2</source>
        <translation>
            <numerusform>lists %n class, expected 2 to %2</numerusform>
            <numerusform>lists %n classes, expected 2 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelPackage</name>
    <message numerus="yes">
        <source>- `CREDITS.md`: where the %n training picture(s) with a known source came from, with their licences.</source>
        <translation>
            <numerusform>- `CREDITS.md`: where the %n training picture with a known source came from, with its licence.</numerusform>
            <numerusform>- `CREDITS.md`: where the %n training pictures with a known source came from, with their licences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PretrainedWeights</name>
    <message numerus="yes">
        <source>%n tensor(s) loaded; head replaced (%2)%3</source>
        <translation>
            <numerusform>%n tensor loaded; head replaced (%2)%3</numerusform>
            <numerusform>%n tensors loaded; head replaced (%2)%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unused tensor(s) in the file</source>
        <translation>
            <numerusform>; %n unused tensor in the file</numerusform>
            <numerusform>; %n unused tensors in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message numerus="yes">
        <source>%n quarantined file(s) could not be deleted</source>
        <translation>
            <numerusform>%n quarantined file could not be deleted</numerusform>
            <numerusform>%n quarantined files could not be deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunAdvice</name>
    <message numerus="yes">
        <source>Its weakest class is %1, and it took %2 of %n %4 picture(s) for %5: add more %4 pictures, especially ones that could pass for %5 (other backgrounds, angles and lighting).</source>
        <translation>
            <numerusform>Its weakest class is %1, and it took %2 of %n %4 picture for %5: add more %4 pictures, especially ones that could pass for %5 (other backgrounds, angles and lighting).</numerusform>
            <numerusform>Its weakest class is %1, and it took %2 of %n %4 pictures for %5: add more %4 pictures, especially ones that could pass for %5 (other backgrounds, angles and lighting).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreIndex</name>
    <message numerus="yes">
        <source>it is for %1 px with %n channel(s)</source>
        <translation>
            <numerusform>it is for %1 px with %n channel</numerusform>
            <numerusform>it is for %1 px with %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>None of the %n training image(s) could be read</source>
        <translation>
            <numerusform>The %n training image could not be read</numerusform>
            <numerusform>None of the %n training images could be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPlanner</name>
    <message numerus="yes">
        <source>%n round(s) through your pictures (epochs): first one that trains only the new last layer, then %2 that adjust the whole network, its early layers least.</source>
        <translation>
            <numerusform>%n round through your pictures (epoch): first one that trains only the new last layer, then %2 that adjust the whole network, its early layers least.</numerusform>
            <numerusform>%n rounds through your pictures (epochs): first one that trains only the new last layer, then %2 that adjust the whole network, its early layers least.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 rounds through your %n training picture(s) (epochs), %3 at a time.</source>
        <translation>
            <numerusform>Up to %1 rounds through your %n training picture (epochs), %3 at a time.</numerusform>
            <numerusform>Up to %1 rounds through your %n training pictures (epochs), %3 at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training stops early when %1 rounds in a row bring no improvement on the %n picture(s) set aside for testing, and keeps the best round&apos;s network.</source>
        <translation>
            <numerusform>Training stops early when %1 rounds in a row bring no improvement on the %n picture set aside for testing, and keeps the best round&apos;s network.</numerusform>
            <numerusform>Training stops early when %1 rounds in a row bring no improvement on the %n pictures set aside for testing, and keeps the best round&apos;s network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n training picture(s) in the smallest class, each picture is shown slightly changed every round (cropped, mirrored, turned, lighter or darker), so the network learns the subject, not the picture.</source>
        <translation>
            <numerusform>With %n training picture in the smallest class, each picture is shown slightly changed every round (cropped, mirrored, turned, lighter or darker), so the network learns the subject, not the picture.</numerusform>
            <numerusform>With %n training pictures in the smallest class, each picture is shown slightly changed every round (cropped, mirrored, turned, lighter or darker), so the network learns the subject, not the picture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classes are uneven (%1 to %n training picture(s)): mistakes on the smaller ones count more, so they are not ignored.</source>
        <translation>
            <numerusform>The classes are uneven (%1 to %n training picture): mistakes on the smaller ones count more, so they are not ignored.</numerusform>
            <numerusform>The classes are uneven (%1 to %n training pictures): mistakes on the smaller ones count more, so they are not ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor cores</source>
        <translation>
            <numerusform>%n processor core</numerusform>
            <numerusform>%n processor cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message numerus="yes">
        <source>%1 is damaged: its epoch is &apos;%2&apos;, model.json says %3 of %n epoch(s) were completed</source>
        <translation>
            <numerusform>%1 is damaged: its epoch is &apos;%2&apos;, model.json says %3 of %n epoch was completed</numerusform>
            <numerusform>%1 is damaged: its epoch is &apos;%2&apos;, model.json says %3 of %n epochs were completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The frozen backbone ran once over the %n image(s) in %2 s: the head trains on their features</source>
        <translation>
            <numerusform>The frozen backbone ran once over the %n image in %2 s: the head trains on its features</numerusform>
            <numerusform>The frozen backbone ran once over the %n images in %2 s: the head trains on their features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was trained on %n rank(s): resume it with as many (now %2)</source>
        <translation>
            <numerusform>%1 was trained on %n rank: resume it with as many (now %2)</numerusform>
            <numerusform>%1 was trained on %n ranks: resume it with as many (now %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoFileSource</name>
    <message numerus="yes">
        <source>%1 ends early: %2 of the %n frame(s) it announces could be read (%4 s of %5 s); the rest of the file is missing or damaged</source>
        <translation>
            <numerusform>%1 ends early: %2 of the %n frame it announces could be read (%4 s of %5 s); the rest of the file is missing or damaged</numerusform>
            <numerusform>%1 ends early: %2 of the %n frames it announces could be read (%4 s of %5 s); the rest of the file is missing or damaged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::AugmentationGrid</name>
    <message numerus="yes">
        <source>With augmentation on, every epoch shows the network a new random crop, flip, small rotation and lighting change of each image. Each row is one image, drawn %n time(s).</source>
        <translation>
            <numerusform>With augmentation on, every epoch shows the network a new random crop, flip, small rotation and lighting change of each image. Each row is one image, drawn %n time.</numerusform>
            <numerusform>With augmentation on, every epoch shows the network a new random crop, flip, small rotation and lighting change of each image. Each row is one image, drawn %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::CapturePanel</name>
    <message numerus="yes">
        <source>%1. Recording stopped; the %n picture(s) saved so far are kept.</source>
        <translation>
            <numerusform>%1. Recording stopped; the %n picture saved so far is kept.</numerusform>
            <numerusform>%1. Recording stopped; the %n pictures saved so far are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording into &apos;%1&apos;: %n picture(s)</source>
        <translation>
            <numerusform>Recording into &apos;%1&apos;: %n picture</numerusform>
            <numerusform>Recording into &apos;%1&apos;: %n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) saved; the last ones went into &apos;%1&apos;</source>
        <translation>
            <numerusform>%n picture saved; it went into &apos;%1&apos;</numerusform>
            <numerusform>%n pictures saved; the last ones went into &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::CollectPage</name>
    <message numerus="yes">
        <source>Every class needs at least %n picture(s) before training (%2).</source>
        <translation>
            <numerusform>Every class needs at least %n picture before training (%2).</numerusform>
            <numerusform>Every class needs at least %n pictures before training (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go on. Classes with fewer than %n picture(s) (%2) will get more answers wrong: add more when you can.</source>
        <translation>
            <numerusform>You can go on. Classes with fewer than %n picture (%2) will get more answers wrong: add more when you can.</numerusform>
            <numerusform>You can go on. Classes with fewer than %n pictures (%2) will get more answers wrong: add more when you can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every class has %n or more pictures: a good start.</source>
        <translation>
            <numerusform>Every class has %n or more pictures: a good start.</numerusform>
            <numerusform>Every class has %n or more pictures: a good start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ConfusionHeatmap</name>
    <message numerus="yes">
        <source>%n image(s) of &apos;%2&apos; predicted as &apos;%3&apos; (%4 % of the row)</source>
        <translation>
            <numerusform>%n image of &apos;%2&apos; predicted as &apos;%3&apos; (%4 % of the row)</numerusform>
            <numerusform>%n images of &apos;%2&apos; predicted as &apos;%3&apos; (%4 % of the row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::DatasetTab</name>
    <message numerus="yes">
        <source>%n image(s) · 1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</source>
        <translation>
            <numerusform>%n image · 1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</numerusform>
            <numerusform>%n images · 1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s) with the latest run…</source>
        <translation>
            <numerusform>Scoring %n image with the latest run…</numerusform>
            <numerusform>Scoring %n images with the latest run…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::DrawTab</name>
    <message numerus="yes">
        <source>%1 · %n class(es): %2</source>
        <translation>
            <numerusform>%1 · %n class: %2</numerusform>
            <numerusform>%1 · %n classes: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::DuplicatesDialog</name>
    <message numerus="yes">
        <source>Hashing %1 of %n image(s), about %3 s left</source>
        <translation>
            <numerusform>Hashing %1 of %n image, about %3 s left</numerusform>
            <numerusform>Hashing %1 of %n images, about %3 s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) among %1 images</source>
        <translation>
            <numerusform>%n group among %1 images</numerusform>
            <numerusform>%n groups among %1 images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n copies would go to the quarantine (%1 s).</source>
        <translation>
            <numerusform>; %n copy would go to the quarantine (%1 s).</numerusform>
            <numerusform>; %n copies would go to the quarantine (%1 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::EvaluationSummary</name>
    <message numerus="yes">
        <source>&lt;b&gt;Accuracy %1 %&lt;/b&gt; on %n %3 image(s).%4%5</source>
        <translation>
            <numerusform>&lt;b&gt;Accuracy %1 %&lt;/b&gt; on %n %3 image.%4%5</numerusform>
            <numerusform>&lt;b&gt;Accuracy %1 %&lt;/b&gt; on %n %3 images.%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n image(s) could not be read.</source>
        <translation>
            <numerusform> %n image could not be read.</numerusform>
            <numerusform> %n images could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::FeedbackPanel</name>
    <message numerus="yes">
        <source>%n answer(s) about this model; it was right in %1 % of them.</source>
        <translation>
            <numerusform>%n answer about this model; it was right in %1 % of cases.</numerusform>
            <numerusform>%n answers about this model; it was right in %1 % of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::FileDownloader</name>
    <message numerus="yes">
        <source>%1: more than %n redirect(s)</source>
        <translation>
            <numerusform>%1: more than %n redirect</numerusform>
            <numerusform>%1: more than %n redirects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::IntegrityDialog</name>
    <message numerus="yes">
        <source>Checked %1 of %n file(s) %3</source>
        <translation>
            <numerusform>Checked %1 of %n file %3</numerusform>
            <numerusform>Checked %1 of %n files %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with problems; quarantining keeps them restorable.</source>
        <translation>
            <numerusform>%n file with problems; quarantining keeps it restorable.</numerusform>
            <numerusform>%n files with problems; quarantining keeps them restorable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::MainWindow</name>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>%n image imported</numerusform>
            <numerusform>%n images imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n file(s) skipped:</source>
        <translation>
            <numerusform>. %n file skipped:</numerusform>
            <numerusform>. %n files skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::PredictTab</name>
    <message numerus="yes">
        <source>%1 · %n class(es): %3%4</source>
        <translation>
            <numerusform>%1 · %n class: %3%4</numerusform>
            <numerusform>%1 · %n classes: %3%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::QuarantineDialog</name>
    <message numerus="yes">
        <source>Delete the %n quarantined file(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n quarantined file for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n quarantined files for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ScrapeTab</name>
    <message numerus="yes">
        <source>%n image(s) credited in %1</source>
        <translation>
            <numerusform>%n image credited in %1</numerusform>
            <numerusform>%n images credited in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 found, %2 downloaded, %n skipped as duplicate(s), %4 failed</source>
        <translation>
            <numerusform>%1 found, %2 downloaded, %n skipped as a duplicate, %4 failed</numerusform>
            <numerusform>%1 found, %2 downloaded, %n skipped as duplicates, %4 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 downloaded, %n duplicate(s) skipped, %3 failed</source>
        <translation>
            <numerusform>%1 downloaded, %n duplicate skipped, %3 failed</numerusform>
            <numerusform>%1 downloaded, %n duplicates skipped, %3 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::TidyPage</name>
    <message numerus="yes">
        <source>Checking the %n picture(s)…</source>
        <translation>
            <numerusform>Checking the %n picture…</numerusform>
            <numerusform>Checking the %n pictures…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n picture(s) are fine: no broken files, no copies.</source>
        <translation>
            <numerusform>The %n picture is fine: no broken files, no copies.</numerusform>
            <numerusform>All %n pictures are fine: no broken files, no copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 broken and %n copied picture(s) were set aside in the quarantine; the other %3 are fine.</source>
        <translation>
            <numerusform>%1 broken and %n copied picture were set aside in the quarantine; the other %3 are fine.</numerusform>
            <numerusform>%1 broken and %n copied pictures were set aside in the quarantine; the other %3 are fine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::TrainTab</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n class(es) · %3 training and %4 validation images · %5×%5 px</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n class · %3 training and %4 validation images · %5×%5 px</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n classes · %3 training and %4 validation images · %5×%5 px</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training on %1 with %2 training and %n validation image(s)</source>
        <translation>
            <numerusform>Training on %1 with %2 training and %n validation image</numerusform>
            <numerusform>Training on %1 with %2 training and %n validation images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were skipped</source>
        <translation>
            <numerusform>%n image could not be read and was skipped</numerusform>
            <numerusform>%n images could not be read and were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::VideoImportDialog</name>
    <message numerus="yes">
        <source>%1 s of %2 s of video read; about %n second(s) left</source>
        <translation>
            <numerusform>%1 s of %2 s of video read; about %n second left</numerusform>
            <numerusform>%1 s of %2 s of video read; about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) imported</source>
        <translation>
            <numerusform>%n frame imported</numerusform>
            <numerusform>%n frames imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left out because they looked like one already kept</source>
        <translation>
            <numerusform>; %n left out because it looked like one already kept</numerusform>
            <numerusform>; %n left out because they looked like one already kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::WizardTrainPage</name>
    <message numerus="yes">
        <source>right %n time(s) out of 100 on pictures it has not seen</source>
        <translation>
            <numerusform>right %n time out of 100 on pictures it has not seen</numerusform>
            <numerusform>right %n times out of 100 on pictures it has not seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>right %n time(s) out of 10 on pictures it has not seen</source>
        <translation>
            <numerusform>right %n time out of 10 on pictures it has not seen</numerusform>
            <numerusform>right %n times out of 10 on pictures it has not seen</numerusform>
        </translation>
    </message>
</context>
</TS>
