<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AugmentationPreview</name>
    <message>
        <source>%1 has no images yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the sampled images could be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 (%2) cannot be opened: another program may be using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 (%2) opened but sends no picture: another program may be using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 stopped sending pictures (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>optimizer state of %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer step of %1 is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer %1 of %2 has shape %3, the parameter %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer %1 of %2 holds values that are not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Folder for the new demo project (must be empty or new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project with %1 images in %2 classes written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an integer from %2 to %3 (got &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training run&apos;s folder (runs/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many classes to show per image (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON line with every prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifies image files with a trained run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predict needs --run RUN_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predict needs at least one image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder, or a folder with one subfolder per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size in pixels (default: the project&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture (default small-cnn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads (default: physical cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End stdout with one JSON line describing the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains a classifier on a project and writes runs/&lt;id&gt;/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lr must be a number above 0 and at most 10 (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1: %2 training and %3 validation images → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3 acc %4  val loss %5 acc %6  %7 s  %8 img/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: validation accuracy %1 after %2 epochs in %3 s; run saved in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PyTorch peer failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with one subfolder of images per class (ImageFolder layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size (default 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads for both (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python with Debian&apos;s python3-torch and python3-torchvision (default /usr/bin/python3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as one JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains one epoch with Picta and with PyTorch on the same image files, in this run, and prints both speeds and their ratio: from files (decoding included) and fed from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench needs --dir DIR, a folder with one subfolder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a runs/ folder, which PyTorch&apos;s ImageFolder would take for a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picta: training one epoch on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: training one epoch from files (DataLoader, 2 workers)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: training one epoch from memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new project (must be empty or new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated class numbers (0–9) or names; default all ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per class (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the 10,000-image test set as the validation split (default: a 20 % split of the training set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes Debian&apos;s Fashion-MNIST as a project of PNG files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-fashion-mnist needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Fashion-MNIST class &apos;%1&apos; (0–9 or one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 images in %2 classes to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;suggestion&quot;, &quot;lrs&quot;, &quot;losses&quot;, …} as one JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds a good learning rate (fastai&apos;s range test) without training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr-find needs --project DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning-rate finder saw no usable loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested learning rate: %1 (valley; steep %2, minimum/10 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight the loss by inverse class frequency (imbalanced data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augment training images (resized crop, flip, rotation, brightness, contrast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after PATIENCE epochs without improvement and keep the best epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the head alone for this many first epochs, then all layers with discriminative rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive resizing stages, e.g. 64:2,128:3 (size:epochs); replaces --epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from pretrained backbone weights: a zoo name (resnet18…) or a safetensors file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirror of https://huggingface.co for zoo downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an interrupted run from its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train needs --project DIR (or --resume RUN_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sizes must look like 64:2,128:3 (size 8–1024 : epochs ≥ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schedule must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--monitor must be val_loss or val_accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small-cnn (default), resnet18 or any other architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to hash and search (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images in the all-pairs reference (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pHash threshold (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Debian&apos;s Fashion-MNIST images instead of synthetic scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures duplicate search: hashing images/s, and search seconds for N hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST has %1 images; ask for at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding %1 images as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1 hashes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-pairs reference on %1 images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the files found into this project&apos;s quarantine (restorable). Without it, no file is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dir must name a folder (a project or any folder of images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarantine must name a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to check: a project or any folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images with a shorter side are too small (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images with more pixels are refused before decoding (default 89).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds files that are not usable images: empty, unreadable, not an image, unsupported, truncated, corrupt, too small, too large, animated or multi-page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files have problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to search: a project or any folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near duplicates differ by at most this many of 64 pHash bits (default %1; 0 still finds flips and rotations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups exact duplicates (same bytes) and near duplicates (re-encoded, resized, cropped, brighter, mirrored or rotated copies). With --quarantine, keeps the best of each group (largest resolution, then largest file) and quarantines the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups among %2 images (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder (a folder per class), a .zip archive, or a text file of image URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to import into (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downscale images to this longest side (default: keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence to record in sources.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator to record in sources.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports images into a project; every file is checked, nothing is overwritten, sources.csv records where each came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --project DIR and one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the sketch demo instead: circle, square, triangle, star, heart and zigzag drawn procedurally, 300 each (a quarter for validation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the built-in demo project from Debian&apos;s Fashion-MNIST: T-shirt, Trouser, Sneaker and Bag, 300 training and 100 validation images each; or, with --sketches, the sketch demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder to evaluate (runs/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project whose validation images to use (default: the run&apos;s project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many top losses to list (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates a run: accuracy, per-class precision/recall/F1, confusion matrix, top losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate needs --run RUN_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy %1 % on %2 %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a Grad-CAM overlay (where the model looked) per image into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to fill (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openverse (default), wikimedia, inaturalist, reddit (a subreddit per term; needs $PICTA_REDDIT_CLIENT_ID and $PICTA_REDDIT_CLIENT_SECRET) or urls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search term; repeat for more. Each term becomes a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per term (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (default), commercial, modification or cc0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For --source urls: a text file of image addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the provider&apos;s scheme, host and port (a mirror or a test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip images smaller than this on a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests per minute (default: what the provider allows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects images for search terms from open image APIs, each with its licence; a stopped job resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrape needs --project DIR and at least one --term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base must be an address such as http://127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 downloaded, %3 duplicates, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images downloaded, %2 duplicates skipped, %3 failed%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped: run again to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project whose sources.csv to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write (default PROJECT/CREDITS.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an attribution file (CREDITS.md) from sources.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits needs --project DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images credited in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure both sides this many times, alternating which goes first, and report medians (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2: from files %3×, from memory %4×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on augmented images, as training with --augment would see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search from pretrained backbone weights: a zoo name (resnet18…) or a safetensors file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with the backbone frozen, as fine-tuning&apos;s first epochs train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended; nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 epochs (validation accuracy %3); go on with: picta-cli train --resume %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PyTorch peer script (default: peer_train.py beside picta-cli, or in share/picta/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PyTorch peer script (peer_train.py) is not beside picta-cli nor in share/picta/: name it with --peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder to export (runs/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.onnx or .zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onnx (the model with its preprocessing) or package (a zip: ONNX, weights, README, predict.py); default: from the file name, else onnx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a trained run as ONNX that predicts what Picta predicts, or as a model package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --run RUN_DIR and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be onnx or package (not &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (add --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 MB) in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be imported into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images imported, %2 skipped (%3 already in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video file (MP4, WebM, AVI, … whatever FFmpeg decodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one frame every SECONDS of video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one frame at each scene change instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --scenes: how different (0–255, mean over a 32×32 gray thumbnail) a frame must be from the last one kept (default 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the frames into this class (default: Unlabelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep frames that look like one already kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downscale frames to this longest side (default: keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports frames of a video into a project: one every N seconds or one per scene, near-duplicate frames left out, sources.csv naming the video and each frame&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-video needs --project DIR and one video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-video needs either --every SECONDS or --scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every needs a number of seconds between 0.01 and 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold needs a number from 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s of %2 s read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames imported from %2 read (%3 s of video), %4 left out as near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: picta-cli &lt;command&gt; [options]

Commands:
  demo --out DIR                      create the Fashion-MNIST demo project
  train --project DIR [options]       train a classifier and write runs/&lt;id&gt;/
  predict --run RUN_DIR FILE...       classify image files with a trained run
  evaluate --run RUN_DIR              accuracy, per-class metrics, confusion, top losses
  lr-find --project DIR [options]     suggest a learning rate (fastai&apos;s range test)
  import-fashion-mnist --out DIR      write Debian&apos;s Fashion-MNIST as a project
  scrape --project DIR --term T      collect images for terms from open image APIs
  credits --project DIR               write CREDITS.md from sources.csv
  import --project DIR SOURCE        import a folder, a .zip or a list of URLs
  import-video --project DIR FILE    frames of a video: --every SECONDS or --scenes
  export --run RUN_DIR --out FILE     ONNX (.onnx) or a model package (.zip)
  serve --run RUN_DIR [--network]     share a model as a web page and a JSON API
  check --dir DIR                     list unusable files (corrupt, truncated, too large…)
  dedupe --dir DIR [--threshold T]    group exact and near duplicates
  bench --dir DIR [--arch A]          one epoch with Picta and with PyTorch, same files
  bench-dedupe [--count N]            hashing and duplicate search speed

Run &apos;picta-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder to share (runs/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where visitors&apos; answers go (feedback.json; default: the run&apos;s project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on the local network (phones, a class), with an access token; without it only this computer can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port (default: any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token (default in --network mode: a random one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads answering requests (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the address as one JSON line once listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares a trained run as a web page and a JSON API until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs --run RUN_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer was recorded in feedback.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing %1 at %2 (Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW weight decay (default %1; 0: plain Adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label smoothing, 0 to 0.5 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What early stopping watches: val_loss or val_accuracy (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the planner choose the settings (printed with the reasons; the LR finder runs first); options given as well override its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto plans a new run; --resume continues one with its own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning: looking at the pictures and trying learning rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded images up to this many MiB train from memory, more from their store on disk (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message numerus="yes">
        <source>CUDA (%n GPU(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source># Credits

Images in this dataset and where they come from, as recorded in sources.csv.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 images have no known licence: ask their owners before publishing them.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name cannot start or end with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name cannot start with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name cannot contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name can have at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a class &apos;%1&apos; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for class &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a class &apos;%1&apos; already; merge the classes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different classes to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 still holds subfolders; move them out first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;%1&apos; still has images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads outside the project (a link): nothing is moved there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetTab</name>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) &apos;%1&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add class &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge class &apos;%1&apos; into &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove class &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding it was undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedStore</name>
    <message>
        <source>Decoded images: unsupported size %1 with %2 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder for decoded images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Picta decoded-image index of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for %1 px with %2 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded images in %1: no image in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decoded image in %1 was damaged and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made for another images folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was damaged or foreign (%2): the images are decoded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its index says: %n image(s) are decoded again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>duplicate (no copy kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlyStopping</name>
    <message>
        <source>Stopped early: %1 did not improve for %2 epochs; keeping epoch %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FashionMnist</name>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST not found: %1 is missing (install the Debian package dataset-fashion-mnist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an idx3 image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an idx1 label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image and label counts or sizes disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameRecorder</name>
    <message>
        <source>frame %1 could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradCamImage</name>
    <message>
        <source>%1: there is no overlay to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be encoded as PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than the cap of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2, asked to wait %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 after %3 attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>%1: empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image (unrecognised content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GIF images are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated JPEG (no end-of-image marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated PNG (no IEND chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode %2 image (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupt or unsupported %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid in-memory image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is over the limit of %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageHeader</name>
    <message>
        <source>not an image (unrecognised content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG without a valid IHDR chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG with a broken marker structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG without a frame header (truncated or corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated GIF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated BMP header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated WebP header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP with an unknown chunk layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated TIFF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF whose first directory lies beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated TIFF directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated PNM header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>The urls source needs a file of image addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown licence filter &apos;%1&apos; (any, commercial, modification, cc0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no API answers to read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot re-encode the downscaled image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image file type (.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a download folder under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &apos;%1&apos; could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads outside the project (a link): nothing is written there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image despite its .%1 extension: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header gives a size of %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels is over the cap of %3 megapixels (not decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-page TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF images are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels is smaller than %3 px on a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header says %1×%2 but the pixels are %3×%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Small CNN (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGG-style CNN (more accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGG-style CNN, half width (faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MobileNetV2 (small, for transfer learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MobileNetV3-Large (small, for transfer learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EfficientNet-B0 (accurate, for transfer learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResNet-18 (slow on a CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResNet-34 (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResNet-50 (slowest, most accurate backbone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFactory</name>
    <message>
        <source>A classifier needs at least two classes (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown architecture &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs images of at least %2 px (asked for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the catalogue but has no builder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3, expected a whole number from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no known architecture (&apos;%1&apos;; known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is 2, expected 1 (gray) or 3 (RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 values for %2 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1, expected a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1, expected a number from -%2 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 classes, expected 2 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an empty, repeated or non-text name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a model description (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPackage</name>
    <message>
        <source># Image classifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Picta (%1, %2 × %2 px, %3, trained %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was right on %1 % of the pictures held out from training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `model.onnx` (%1 MB): the network with its preprocessing, ONNX opset 13; OpenCV&apos;s DNN module, ONNX Runtime and other ONNX runtimes read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `predict.py`: classifies image files exactly as Picta does; needs only Python 3 and OpenCV (Debian: `apt install python3-opencv`). Run `python3 predict.py photo.jpg`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `labels.txt`: the classes, one per line, in the order of the model&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `model.safetensors`, `model.json`: the same model for Picta (copy both into a project&apos;s `runs/` folder to use it there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `CREDITS.md`: where the %1 training pictures with a known source came from, with their licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`image`: float32 `[batch, %1, %2, %2]`, pixel values 0–255 (not scaled), %3, channels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one gray channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get the same answers as Picta, prepare each image by this rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normalisation (÷ 255, then − mean, ÷ std per channel, mean %1, std %2) is inside the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`probabilities`: float32 `[batch, %1]`, softmax over the classes in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class names and the resize rule are also in the model&apos;s metadata (`picta.classes`, `picta.resize`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## In your own code (Python and OpenCV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predict.py is missing from this build of Picta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelWeights</name>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has shape %2, the model needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit the model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values that are not finite (NaN or infinity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or was replaced: its SHA-256 differs from the one model.json recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>%1 is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only https addresses are fetched (http only from this computer or a mirror you named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redirected from https to %2, refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects to %2, refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>Decode the image (JPEG turned upright by its EXIF orientation; transparency composited over white); convert it to %1. Scale it so that its shorter side is %2 px: new width and height = round(side × %2 / shorter side), rounded half away from zero and never below %2, with OpenCV&apos;s INTER_AREA when shrinking and INTER_LINEAR when enlarging (an image already %2×%2 is left as it is). Crop the centre %2×%2 square, its corner at (floor((width − %2) / 2), floor((height − %2) / 2)). Feed the pixel values 0–255 as float32, channels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one gray channel (OpenCV&apos;s BGR→gray weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean and std must have one value per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported to ONNX: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the export failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: float32 [batch, %1, %2, %2], pixel values 0-255, the image fitted by picta.resize; normalisation is in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probabilities: float32 [batch, %1], softmax over picta.classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picta image classifier (%1, %2 classes: %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot export the model (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnnxGraph</name>
    <message>
        <source>%1: only zero-padded convolutions with explicit padding are exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: batch normalisation without running statistics or scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): only square, floor-mode max pooling is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): only adaptive pooling to 1×1 is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 (%2) has no ONNX form in Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported graph&apos;s output is not [batch, %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ONNX checker refused the graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ONNX model could not be serialised (over 2 GB?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM needs a map to point at: %1&apos;s last feature maps are %2×%3 at %4 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Grad-CAM failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s output is not a number (NaN): its weights are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot load the model (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PretrainedWeights</name>
    <message>
        <source>%1 tensors loaded; head replaced (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n unused tensor(s) in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: file %2, network %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit this network: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values that are not finite (NaN or infinity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Cannot create the project folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Picta (format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Picta project nor a folder with one subfolder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image file type (.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a project description (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: images_dir &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class &quot;%2&quot; is not allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name may not start with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name may not contain &apos;/&apos;, &apos;\&apos; or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is outside the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads outside the project folder (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &apos;%1&apos; has no folder (0 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is a file, not a folder (0 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class folder is a link that leads outside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link that leads outside the project (not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Cannot create the quarantine folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be moved to the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quarantined item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quarantined files could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2): the quarantine is left as it is; repair or move the file away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads outside the project (a link): nothing is restored there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunAdvice</name>
    <message>
        <source>It got every test picture right. Try it on pictures unlike the ones it learned from: that is where it will slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is least sure about %1: add more %1 pictures, as varied as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its weakest class is %1, and it took %2 of %3 %4 pictures for %5: add more %4 pictures, especially ones that could pass for %5 (other backgrounds, angles and lighting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunEvaluator</name>
    <message>
        <source>%1 has no images of the run&apos;s classes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a run folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list epochs 1 to %2: the run folder is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Cannot complete the interrupted save of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being trained by another program (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeTensors</name>
    <message>
        <source>%1: not a safetensors file (shorter than its 8-byte header length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header is not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: metadata value %2 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 has unknown dtype &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 lacks a shape or data_offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 has an invalid shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 lies outside the file (offsets %3–%4, data %5 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 has %3 bytes but its shape needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor %2 overlaps another or leaves a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes after the last tensor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SketchDemo</name>
    <message>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zigzag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketch demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingWeights</name>
    <message>
        <source>Pretrained weights from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two classes to train (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 training images could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded images need %1 MiB, more than the %2 MiB memory limit, and cannot be kept on disk either: lower the image size or raise the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory (%1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded images cannot be kept on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded images in %1: %2 decoded now, %3 reused, %4 moved, %5 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory (%1 MiB, read from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on disk (%1 MiB in %2, over the %3 MiB memory budget): read batch by batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded images could not be compacted (%1): they take more disk space than needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlanner</name>
    <message>
        <source>%1: a classifier needs at least two classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pretrained weights were turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a backbone Picta knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageNet weights are not on this computer and %1 cannot be reached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picta could not read the pictures&apos; size, so it trains a small network from scratch at the project&apos;s size (%1 px); check the pictures (Dataset tab, Check images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures are small and gray (%1 px): a small network learns them from scratch, quickly and well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures are small (%1 px): a small network learns them from scratch, quickly and well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at them at %1×%1 pixels, the project&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at them at %1×%1 pixels, their own size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures are photos: Picta starts from a network that has already learned to see from a million photos (%1, ImageNet), and teaches it your classes (fine-tuning). This needs far fewer examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at them at 224×224 pixels, the size that network was trained at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at them at 128×128 pixels: on this computer&apos;s processor (no graphics card), smaller pictures train several times faster and lose little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures are photos, but %1, so Picta trains a network from scratch. That needs many more pictures per class (hundreds) to do well; connect to the internet and plan again to start from a pretrained one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pretrained network is at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at them at 64×64 pixels, which a network trained from scratch on a processor can manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rounds through your pictures (epochs): first one that trains only the new last layer, then %2 that adjust the whole network, its early layers least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 rounds through your %2 training pictures (epochs), %3 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stops early when %1 rounds in a row bring no improvement on the %2 pictures set aside for testing, and keeps the best round&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures are set aside for testing, so Picta cannot tell how good the model is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate (how big each correction is) starts at %1 and follows a one-cycle schedule: it rises, then falls, so training settles at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 training pictures in the smallest class, each picture is shown slightly changed every round (cropped, mirrored, turned, lighter or darker), so the network learns the subject, not the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classes are uneven (%1 to %2 training pictures): mistakes on the smaller ones count more, so they are not ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some classes have fewer than 10 pictures: expect guesses. 50 or more per class make a real difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some classes have fewer than 50 pictures: more examples, varied, will help most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate (how big each correction is) is %1, chosen by trying rates from tiny to huge on your pictures and taking the one where the error fell fastest; it rises, then falls (one-cycle), so training settles at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer (%1) that should take %2 at most; early stopping may end it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n processor cores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking at the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying learning rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning-rate search failed (%1); the default rate is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown schedule &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping watches val_loss or val_accuracy, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a fixed input size: progressive resizing needs a network with global pooling (e.g. vgg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting pretrained weights %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its epoch is &apos;%2&apos;, model.json says %3 of %4 epochs were completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its step is &apos;%2&apos;, expected 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: images now %2×%2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss became %1 in epoch %2: lower the learning rate (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen backbone ran once over the %1 images in %2 s: the head trains on their features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoFileSource</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a video that can be read here (no decoder for it, or the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no picture that can be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its pictures are %2×%3, too large or of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 is %3×%4, too large or of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 cannot be decoded (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends early: %2 of the %3 frames it announces could be read (%4 s of %5 s); the rest of the file is missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslash in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;..&apos; would leave the import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL character in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a zip archive (no end-of-central-directory record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Zip64 archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the central directory lies beyond the end of the file (truncated archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupt central directory (entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: encrypted entries are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: compression method %2 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is over the cap of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupt local header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start inflating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupt compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CRC mismatch (corrupt archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupt entry (stored sizes differ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>%1: cannot compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive would pass 4 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many entries for a zip archive without zip64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zoo</name>
    <message>
        <source>&apos;%1&apos; is neither a file nor a known backbone (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build your own image classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file would exceed the file size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB is over the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: training setting &apos;%2&apos; is %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::AugmentationGrid</name>
    <message>
        <source>Show &amp;augmented samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With augmentation on, every epoch shows the network a new random crop, flip, small rotation and lighting change of each image. Each row is one image, drawn %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::CaptureDialog</name>
    <message>
        <source>Collect from a camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::CapturePanel</name>
    <message>
        <source>Choose a camera or a video file above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class the pictures go into; type a new name to make a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pictures are saved each second while you hold Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the picture as a mirror does. Saved pictures are never mirrored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to record (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the button (or Space) down: pictures are saved while it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into &amp;class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pictures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Recording stopped; the %n picture(s) saved so far are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The video has ended. Choose it again to play it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project you can write to first: the pictures are saved into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the class the pictures go into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to record: choose a camera or a video file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To snap a picture, open a project, choose a class and a camera or a video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording into &apos;%1&apos;: %n picture(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) saved; the last ones went into &apos;%1&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hold Record (or Space) while you show the object from different sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ClassMetricsTable</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ClassPanel</name>
    <message>
        <source>Show one class; drop images here to give them that class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the class to merge in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every image of &apos;%1&apos; into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ClassSidebar</name>
    <message>
        <source>All images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  Unlabelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ClassesPage</name>
    <message>
        <source>1 · What should it tell apart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each kind of picture a name: these are the classes your classifier will choose between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a class (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected class (Delete); a class that already has pictures stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: &lt;i&gt;cat&lt;/i&gt; and &lt;i&gt;dog&lt;/i&gt;; &lt;i&gt;ripe&lt;/i&gt; and &lt;i&gt;unripe&lt;/i&gt; bananas; &lt;i&gt;recycling&lt;/i&gt;, &lt;i&gt;compost&lt;/i&gt; and &lt;i&gt;rubbish&lt;/i&gt;; &lt;i&gt;circle&lt;/i&gt;, &lt;i&gt;square&lt;/i&gt; and &lt;i&gt;triangle&lt;/i&gt; drawings. Double-click a name (or press F2) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has pictures, so it stays. Remove them on the Dataset tab first if you really want it gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the classifier a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a class name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least two classes: a classifier chooses between things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a project: choose another folder, or open that project with File ▸ Open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &apos;%1&apos; could not be set up; see the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder for the classifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::CollectPage</name>
    <message>
        <source>2 · Collect examples, class by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a class on the left and give it pictures: search the web, import a folder, drop or paste pictures, or draw. At least %1 per class; %2 or more work much better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openverse (Creative Commons pictures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikimedia Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iNaturalist (animals and plants, by species name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to change and share (modification allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for any use, also commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain only (CC0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pictures whose licence allows this are downloaded; each picture&apos;s licence and author are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search fo&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of pictures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip archive of pictures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the object to a camera and hold Record: ten pictures a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or drop picture files here, or paste one (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading pictures of %1: %2 of %3 so far%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · searches waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class needs at least %1 pictures before training (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on. Classes with fewer than %1 pictures (%2) will get more answers wrong: add more when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough pictures to go on; downloads keep running in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class has %1 or more pictures: a good start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be searched next (searches waiting: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1 for “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing found: try other words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: add %1 when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 skipped (first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted picture added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture cannot be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run to see its confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true ↓  predicted →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images of &apos;%2&apos; predicted as &apos;%3&apos; (%4 % of the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::DatasetModel</name>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
loss of the latest run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::DatasetTab</name>
    <message numerus="yes">
        <source>%n image(s) · 1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by class and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by size, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by date, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by the latest run&apos;s loss, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find corrupt, truncated, too small, too large and animated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group exact and near duplicates, including mirrored and rotated copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model first: sorting by loss needs a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s) with the latest run…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sorted by the latest run&apos;s loss: the images it finds most wrong come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring images with the latest run: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect pictures from a camera (or a video file): hold Record while showing the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first; the pictures are saved into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::DrawTab</name>
    <message>
        <source>Brush size ([ and ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the canvas (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model first, or open the sketch demo and train it (a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model sees: the drawing cropped to its ink, centred and resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollect drawings for the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save drawing (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the
model sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as a drawing of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the 64 hash bits may differ: higher finds more altered copies, and more false matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Similarity threshold (bits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine the unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing %1 of %2 images, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups among %2 images; %3 copies would go to the quarantine (%4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: identical files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::EvaluateTab</name>
    <message>
        <source>Show &amp;shares of each true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-normalised: each row sums to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most wrong first (top losses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least sure first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: train a model on the Train tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 on the %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
%3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
labelled %2, predicted %3 with %4 %, loss %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of &apos;%1&apos; predicted as &apos;%2&apos; (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images the model is least sure about. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top losses: the images the model is most wrong about. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined from the top losses of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop evaluating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and press a number to relabel (%1), Del to quarantine; Ctrl+Z undoes (here or on the Dataset tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::EvaluationSummary</name>
    <message>
        <source>Choose a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken for %2 (%3×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy %1 %&lt;/b&gt; on %2 %3 images.%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no validation split: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Most confused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n image(s) could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ExportButton</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model for use outside Picta: as ONNX for other programs, or as a package (.zip) with a ready-to-run Python script and instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model package: ONNX, weights, README, Python script (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the model to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the model to %1 (%2 MB, %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::FeedbackPanel</name>
    <message>
        <source>Your answers (feedback confusion matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer under a prediction (✓ or the right class) and your answers add up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) about this model; it was right in %1 % of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::FileDownloader</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exceeds the %2 MB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: got %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SHA-256 mismatch (expected %2, got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the download to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: download cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::INaturalistSource</name>
    <message>
        <source>%1: not an iNaturalist answer (no results)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ImageIntake</name>
    <message>
        <source>The clipboard&apos;s image cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ImagePreviewDialog</name>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::IntegrityDialog</name>
    <message>
        <source>Check images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 files %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file is a usable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with problems; quarantining keeps them restorable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::LearningCurves</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Since epoch %1 the validation loss has risen while the training loss kept falling: the model is starting to memorise its training images instead of learning what tells the classes apart (overfitting). Early stopping keeps the best epoch; more images or augmentation help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and validation loss fell together: no sign of overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::LiveCameraPanel</name>
    <message>
        <source>Choose a camera or a video file above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;rror the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer about the picture now is right: it counts in the table of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrong, it was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;keep the picture in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video has ended. Choose it again to play it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trained model above: its answers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 ms after the picture was taken (the model took %2 ms) · %3 answers a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::LrFinder</name>
    <message>
        <source>The learning-rate finder failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::LrFinderPlot</name>
    <message>
        <source>learning rate (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find… beside the learning rate to try rates from 1e-7 to 10 on a few batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt; (where the loss falls fastest over the longest stretch; steepest point %2, minimum ÷ 10 %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::MainWindow</name>
    <message>
        <source>Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project or the demo from the File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Picta %1&lt;/b&gt;&lt;p&gt;Build your own image classifier: collect images, train a network, and use it — without writing code.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo project from Fashion-MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder with one subfolder of images per class, or an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Picta project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first; images are imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; new classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>. %n file(s) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import folder of images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder (one subfolder per class, or loose images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;zip archive or URL list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a zip archive or a text file of image URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives and URL lists (*.zip *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sketch demo (shapes to draw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the sketch demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;crape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were building this classifier step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue where I stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New classifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project from &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import frames from &amp;video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first; the frames are imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect from ca&amp;mera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import into %1 is running: cancel it before opening another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is read-only (%1): you can look at it and try its models, but nothing can be added, changed or trained here. Copy the folder somewhere you can write to, to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is training: stop it first, or wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is ready: open it from the File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a new classifier, or open a demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ModelServer</name>
    <message>
        <source>no model to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::NewClassifierWizard</name>
    <message>
        <source>New classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (continue later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::OpenverseSource</name>
    <message>
        <source>%1: not an Openverse answer (no results)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::PredictTab</name>
    <message>
        <source>The trained model to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained model yet: train one on the Train tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 classes: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · validation accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained model to use yet: train one on the Train tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where it &amp;looked (Grad-CAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heat map over each image: red where the model found the evidence for its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop image files, folders or images from a web page here, paste one (Ctrl+V), or press Ctrl+Shift+O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the dataset as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying %v of %m images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let others use the model from a web page: on this computer, or on phones on the same network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the live picture of a camera (or of a video file) as it comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: right, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: it was %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the picture to the dataset as &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;haring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing the model at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped sharing the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::PredictionCard</name>
    <message>
        <source>Classifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: red where the model looked for its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the right class when the prediction is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this image into the project as the chosen class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ noted as correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted: it is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ProjectDocument</name>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds pictures, so it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::QuarantineDialog</name>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n quarantined file(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::RedditSource</name>
    <message>
        <source>Reddit needs your own app&apos;s client id and secret (reddit.com/prefs/apps); none is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no access token in the answer (check the client id and secret)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ScrapeTab</name>
    <message>
        <source>Search term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found · new · dup. · failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a term (e.g. sea otter) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openverse (Creative Commons, many collections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikimedia Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iNaturalist (animals and plants, by species name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of image addresses (text file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit (needs your own app credentials: not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit (no licence stated: ask before reusing the images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC0 or public domain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file of image addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images per term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, or resume a stopped job where it stopped (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add search terms, choose a source, press Start. Each term becomes a class; every image keeps its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and their reasons appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one search term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found, %2 downloaded, %3 skipped as duplicates, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: press Start to resume. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloaded, %2 duplicates skipped, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write c&amp;redits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CREDITS.md: each image with its page, creator and licence, from sources.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) credited in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::Scraper</name>
    <message>
        <source>&apos;%1&apos; cannot be a class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the job got to cannot be saved (%1): a new start fetches those pages again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ServeWorker</name>
    <message>
        <source>the request head is over %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Content-Length must be one decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked bodies are not accepted: send a Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server needs its access code: open the full address shown in Picta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body is over the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open connections from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server answers only at 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests from this address: wait a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Picta&lt;/title&gt;&lt;p style=&apos;font:1.2rem sans-serif&apos;&gt;This page needs its access code. Scan the QR code shown in Picta, or type the whole address with &lt;code&gt;?token=…&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picta classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST with the picture&apos;s bytes as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has no picture: send its bytes as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a picture (PNG, JPEG, BMP, WebP, TIFF or PNM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF pictures are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels is over the limit of %3 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST with {&quot;id&quot;: …, &quot;truth&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a small JSON object {&quot;id&quot;: …, &quot;truth&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recent prediction has that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers are kept in a project, and this model is served without one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::ShareDialog</name>
    <message>
        <source>Share the classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone on this &amp;network (phones, a class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the same Wi-Fi or network who has the address, which includes an access code, can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &lt;b&gt;%1&lt;/b&gt; as a web page: whoever opens the address can try the classifier with a picture or a photo, and say when it is wrong. Their answers appear on the Predict tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model on the Predict tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera to open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures classified: %1 · answers received: %2 · refused requests: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::SketchCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::SketchDialog</name>
    <message>
        <source>Draw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one &lt;b&gt;%1&lt;/b&gt;, then press Enter to keep it; the canvas clears for the next. Vary size, position and style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::SourceBar</name>
    <message>
        <source>Cam&amp;era:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a video file as if it came from a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for cameras again (one plugged in since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found on this computer. You can use a video file instead: press Video file… and it plays here as if it came from a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::StartPage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Picta&lt;/h1&gt;&lt;p&gt;Teach your computer to tell pictures apart: collect examples, train, and try it. No code, no jargon.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New classifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step-by-step guide from naming your classes to a tested classifier (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;fashion demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,600 small photos of T-shirts, trousers, sneakers and bags, ready to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sketch demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings of six shapes: train it, then draw and watch it guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a project or a folder of images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Picta project, or any folder with one subfolder of pictures per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::TidyPage</name>
    <message>
        <source>3 · Tidy up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picta looks for broken files and for copies of the same picture, and sets them aside. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what was set aside, and put back anything that should stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the downloads to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1 pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 pictures are fine: no broken files, no copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broken and %2 copied pictures were set aside in the quarantine; the other %3 are fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::TrainTab</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new model on this project (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the last finished epoch is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 classes · %3 training and %4 validation images · %5×%5 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading images: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1 with %2 training and %3 validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4 · loss %5 · ETA %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After epoch %1: training accuracy %2, validation accuracy %3 (%4 images/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The model after epoch %1 is kept (validation accuracy %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1: validation accuracy %2. Try it on the Predict tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying learning rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a learning rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate finder stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested learning rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the stopped run %1 from epoch %2 of %3, with the settings it was started with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading pretrained weights: %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading pretrained weights: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Picta choose the settings for these pictures (it tries learning rates first, a few seconds) and say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the pictures and trying learning rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings recommended for these pictures; press Start training.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::Trainer</name>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::TrainingPlots</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training (per batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::TrainingSettings</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try learning rates from 1e-7 to 10 on a few batches and suggest one (fastai&apos;s LR finder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Augment training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random crops, flips, small rotations and lighting changes: slower to learn, better on new images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the validation score has not improved for this many epochs, and keep the best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (Adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance classes in the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its image count: helps when some classes have few images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: first train only the new head for this many epochs, then every layer, earlier layers more gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early s&amp;top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32:3, 64:2 (size:epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer learning: begin with a backbone trained on ImageNet, or with weights you have as a .safetensors file (timm or torchvision names), instead of random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where ImageNet weights are downloaded from: the Hugging Face Hub, or a mirror of it with the same paths (timm/&lt;model&gt;/resolve/main/model.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random (train from scratch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageNet (%1, downloads once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weights file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size images are scaled to. The ImageNet backbone was trained at %1 px: larger images suit it better, but each epoch takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size images are scaled to; the project&apos;s is the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on small images first, then larger ones: each stage is size:epochs, and the stages replace Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s layers are sized for one image size, so it cannot change size mid-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors weights (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s (%1 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive resizing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;zen epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageNet mirror:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::TryPage</name>
    <message>
        <source>5 · Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a picture here, paste one (Ctrl+V) or open one (Ctrl+O), and see what your classifier says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a picture here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Picta the right answer: it is recorded with the Predict tab&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add it to the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this picture into the class it really belongs to, so the next training learns from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or draw one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrong? It really is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold things up to a camera and watch the answers change as you move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: give it a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is &lt;b&gt;%1&lt;/b&gt; (%2 % sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other guesses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to %1 (Edit ▸ Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drawing or pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: it was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: it is %1. Add it to the pictures so the next training learns from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::UsePage</name>
    <message>
        <source>6 · Use it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your classifier is saved in the project. Here is where, and what you can do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the model&apos;s f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pictures it gets wrong, which classes it mixes up, and how training went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify many pictures on the &amp;Predict tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport it for other programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zip with the model as ONNX, a README that says how to prepare a picture, and a Python script that answers as Picta does; or the ONNX file alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is in &lt;b&gt;%1&lt;/b&gt;: &lt;tt&gt;model.safetensors&lt;/tt&gt; holds what it learned, &lt;tt&gt;model.json&lt;/tt&gt; its classes and how pictures are prepared for it, &lt;tt&gt;history.csv&lt;/tt&gt; how training went. Copy the folder to use the model on another computer with Picta (&lt;tt&gt;picta-cli predict --run FOLDER PICTURE…&lt;/tt&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::VideoImportDialog</name>
    <message>
        <source>Import frames from a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame at each &amp;scene change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame is kept when the picture differs clearly from the last one kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to put the frames into Unlabelled and sort them on the Dataset tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out frames that look like one already kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project you can write to first: the frames are imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 s of %2 s of video read; about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left out because they looked like one already kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::WikimediaSource</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picta::WizardTrainPage</name>
    <message>
        <source>4 · Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picta has chosen how to train on your pictures. Press Train and watch it learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op (keeps the best so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Train tab, with this run: loss, accuracy and learning-rate plots, and every setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on pictures it has not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the pictures it learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pictures: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is ready (%1). Train again if you added pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the best settings for your pictures (it tries a few learning rates first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After round %1 it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The best model so far is kept: it is %1. Next: try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s. Your classifier is %2. Next: try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first round ended: no model yet. Press Train to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right %1 times out of 100 on pictures it has not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right on every picture it has not seen, so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right %1 times out of 10 on pictures it has not seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
