<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Some files could not be removed (in use or read-only): %1</source>
        <translation>Einige Dateien konnten nicht entfernt werden (in Verwendung oder schreibgeschützt): %1</translation>
    </message>
</context>
<context>
    <name>AugmentationPreview</name>
    <message>
        <source>%1 has no images yet</source>
        <translation>%1 enthält noch keine Bilder</translation>
    </message>
    <message>
        <source>None of the sampled images could be read</source>
        <translation>Keines der zufällig ausgewählten Bilder konnte gelesen werden</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>The camera %1 (%2) cannot be opened: another program may be using it</source>
        <translation>Die Kamera %1 (%2) lässt sich nicht öffnen: Möglicherweise wird sie von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>The camera %1 (%2) opened but sends no picture: another program may be using it</source>
        <translation>Die Kamera %1 (%2) wurde geöffnet, liefert aber kein Bild: Möglicherweise wird sie von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>The camera %1 cannot be opened (%2)</source>
        <translation>Die Kamera %1 lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>The camera %1 stopped sending pictures (unplugged?)</source>
        <translation>Die Kamera %1 liefert keine Bilder mehr (nicht mehr angeschlossen?)</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>optimizer state of %1 is incomplete</source>
        <translation>Optimiererzustand für %1 ist unvollständig</translation>
    </message>
    <message>
        <source>optimizer step of %1 is not a count</source>
        <translation>Schrittzähler des Optimierers für %1 ist ungültig</translation>
    </message>
    <message>
        <source>optimizer %1 of %2 has shape %3, the parameter %4</source>
        <translation>Optimiererzustand %1 für %2 hat die Form %3, der Parameter jedoch %4</translation>
    </message>
    <message>
        <source>optimizer %1 of %2 holds values that are not finite</source>
        <translation>Optimiererzustand %1 für %2 enthält nicht endliche Werte</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Folder for the new demo project (must be empty or new).</source>
        <translation>Ordner für das neue Demoprojekt (muss leer oder neu sein).</translation>
    </message>
    <message>
        <source>Print the result as one JSON line.</source>
        <translation>Ergebnis als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>demo needs --out DIR</source>
        <translation>demo benötigt --out DIR</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty</source>
        <translation>%1 existiert bereits und ist nicht leer</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 must be an integer from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (angegeben: „%4“)</translation>
    </message>
    <message>
        <source>A training run&apos;s folder (runs/&lt;id&gt;).</source>
        <translation>Ordner eines Trainingslaufs (runs/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>How many classes to show per image (default 3).</source>
        <translation>Anzahl der angezeigten Klassen je Bild (Standard: 3).</translation>
    </message>
    <message>
        <source>Print one JSON line with every prediction.</source>
        <translation>Eine JSON-Zeile mit allen Vorhersagen ausgeben.</translation>
    </message>
    <message>
        <source>Image files.</source>
        <translation>Bilddateien.</translation>
    </message>
    <message>
        <source>Classifies image files with a trained run.</source>
        <translation>Klassifiziert Bilddateien mit einem trainierten Lauf.</translation>
    </message>
    <message>
        <source>predict needs --run RUN_DIR</source>
        <translation>predict benötigt --run RUN_DIR</translation>
    </message>
    <message>
        <source>predict needs at least one image file</source>
        <translation>predict benötigt mindestens eine Bilddatei</translation>
    </message>
    <message>
        <source>Project folder, or a folder with one subfolder per class.</source>
        <translation>Projektordner oder ein Ordner mit einem Unterordner je Klasse.</translation>
    </message>
    <message>
        <source>Batch size (default 64).</source>
        <translation>Batchgröße (Standard: 64).</translation>
    </message>
    <message>
        <source>Input size in pixels (default: the project&apos;s).</source>
        <translation>Eingabegröße in Pixeln (Standard: die des Projekts).</translation>
    </message>
    <message>
        <source>Architecture (default small-cnn).</source>
        <translation>Architektur (Standard: small-cnn).</translation>
    </message>
    <message>
        <source>CPU threads (default: Preferences, else the physical cores).</source>
        <translation>CPU-Threads (Standard: laut Einstellungen, sonst die Anzahl der physischen Kerne).</translation>
    </message>
    <message>
        <source>End stdout with one JSON line describing the run.</source>
        <translation>Die Ausgabe auf stdout mit einer JSON-Zeile abschließen, die den Lauf beschreibt.</translation>
    </message>
    <message>
        <source>Trains a classifier on a project and writes runs/&lt;id&gt;/.</source>
        <translation>Trainiert einen Klassifikator mit einem Projekt und schreibt runs/&lt;id&gt;/.</translation>
    </message>
    <message>
        <source>--lr must be a number above 0 and at most 10 (got &apos;%1&apos;)</source>
        <translation>--lr muss eine Zahl größer als 0 und höchstens 10 sein (angegeben: „%1“)</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3 acc %4  val loss %5 acc %6  %7 s  %8 img/s</source>
        <translation>Epoche %1/%2  Training: Verlust %3, Genauigkeit %4  Validierung: Verlust %5, Genauigkeit %6  %7 s  %8 Bilder/s</translation>
    </message>
    <message>
        <source>the PyTorch peer failed: %1</source>
        <translation>das PyTorch-Vergleichsskript ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A folder with one subfolder of images per class (ImageFolder layout).</source>
        <translation>Ein Ordner mit einem Bild-Unterordner je Klasse (ImageFolder-Struktur).</translation>
    </message>
    <message>
        <source>Input size (default 28).</source>
        <translation>Eingabegröße (Standard: 28).</translation>
    </message>
    <message>
        <source>Threads for both (default 2).</source>
        <translation>Threads für beide (Standard: 2).</translation>
    </message>
    <message>
        <source>Python with Debian&apos;s python3-torch and python3-torchvision (default /usr/bin/python3).</source>
        <translation>Python mit Debians python3-torch und python3-torchvision (Standard: /usr/bin/python3).</translation>
    </message>
    <message>
        <source>Print the figures as one JSON line.</source>
        <translation>Messwerte als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Trains one epoch with Picta and with PyTorch on the same image files, in this run, and prints both speeds and their ratio: from files (decoding included) and fed from memory.</source>
        <translation>Trainiert im selben Aufruf eine Epoche mit Picta und mit PyTorch auf denselben Bilddateien und gibt beide Geschwindigkeiten und ihr Verhältnis aus: aus Dateien (einschließlich Dekodieren) und aus dem Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>bench needs --dir DIR, a folder with one subfolder per class</source>
        <translation>bench benötigt --dir DIR, einen Ordner mit einem Unterordner je Klasse</translation>
    </message>
    <message>
        <source>%1 holds a runs/ folder, which PyTorch&apos;s ImageFolder would take for a class</source>
        <translation>%1 enthält einen Ordner runs/, den ImageFolder von PyTorch für eine Klasse halten würde</translation>
    </message>
    <message>
        <source>Picta: training one epoch on %1…</source>
        <translation>Picta: Training einer Epoche mit den Bildern in %1…</translation>
    </message>
    <message>
        <source>PyTorch: training one epoch from files (DataLoader, 2 workers)…</source>
        <translation>PyTorch: Training einer Epoche aus Dateien (DataLoader, 2 Worker)…</translation>
    </message>
    <message>
        <source>PyTorch: training one epoch from memory…</source>
        <translation>PyTorch: Training einer Epoche aus dem Arbeitsspeicher…</translation>
    </message>
    <message>
        <source>Folder for the new project (must be empty or new).</source>
        <translation>Ordner für das neue Projekt (muss leer oder neu sein).</translation>
    </message>
    <message>
        <source>Comma-separated class numbers (0–9) or names; default all ten.</source>
        <translation>Kommagetrennte Klassennummern (0–9) oder -namen; Standard: alle zehn.</translation>
    </message>
    <message>
        <source>Images per class (default: all).</source>
        <translation>Bilder je Klasse (Standard: alle).</translation>
    </message>
    <message>
        <source>Use the 10,000-image test set as the validation split (default: a 20 % split of the training set).</source>
        <translation>Den Testdatensatz mit 10.000 Bildern als Validierungsdaten verwenden (Standard: 20 % der Trainingsdaten).</translation>
    </message>
    <message>
        <source>Writes Debian&apos;s Fashion-MNIST as a project of PNG files.</source>
        <translation>Schreibt Debians Fashion-MNIST als Projekt aus PNG-Dateien.</translation>
    </message>
    <message>
        <source>import-fashion-mnist needs --out DIR</source>
        <translation>import-fashion-mnist benötigt --out DIR</translation>
    </message>
    <message>
        <source>unknown Fashion-MNIST class &apos;%1&apos; (0–9 or one of: %2)</source>
        <translation>unbekannte Fashion-MNIST-Klasse „%1“ (0–9 oder eine von: %2)</translation>
    </message>
    <message>
        <source>Print {&quot;suggestion&quot;, &quot;lrs&quot;, &quot;losses&quot;, …} as one JSON line.</source>
        <translation>{&quot;suggestion&quot;, &quot;lrs&quot;, &quot;losses&quot;, …} als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Finds a good learning rate (fastai&apos;s range test) without training.</source>
        <translation>Findet eine gute Lernrate (Range-Test nach fastai), ohne zu trainieren.</translation>
    </message>
    <message>
        <source>lr-find needs --project DIR</source>
        <translation>lr-find benötigt --project DIR</translation>
    </message>
    <message>
        <source>the learning-rate finder saw no usable loss</source>
        <translation>die Lernratensuche hat keinen brauchbaren Verlust ermittelt</translation>
    </message>
    <message>
        <source>Suggested learning rate: %1 (valley; steep %2, minimum/10 %3)</source>
        <translation>Vorgeschlagene Lernrate: %1 (Talsohle; steilster Abfall %2, Minimum/10 %3)</translation>
    </message>
    <message>
        <source>Weight the loss by inverse class frequency (imbalanced data).</source>
        <translation>Verlust mit der umgekehrten Klassenhäufigkeit gewichten (unausgewogene Daten).</translation>
    </message>
    <message>
        <source>Augment training images (resized crop, flip, rotation, brightness, contrast).</source>
        <translation>Datenaugmentierung auf Trainingsbilder anwenden (skalierter Ausschnitt, Spiegeln, Drehen, Helligkeit, Kontrast).</translation>
    </message>
    <message>
        <source>Stop after PATIENCE epochs without improvement and keep the best epoch.</source>
        <translation>Nach PATIENCE Epochen ohne Verbesserung anhalten und die beste Epoche behalten.</translation>
    </message>
    <message>
        <source>Train the head alone for this many first epochs, then all layers with discriminative rates.</source>
        <translation>In den ersten FROZEN_EPOCHS Epochen nur den Kopf trainieren, danach alle Schichten mit gestaffelten Lernraten.</translation>
    </message>
    <message>
        <source>Progressive resizing stages, e.g. 64:2,128:3 (size:epochs); replaces --epochs.</source>
        <translation>Stufen der schrittweisen Vergrößerung, z. B. 64:2,128:3 (Größe:Epochen); ersetzt --epochs.</translation>
    </message>
    <message>
        <source>Start from pretrained backbone weights: a zoo name (resnet18…) or a safetensors file.</source>
        <translation>Mit vortrainierten Backbone-Gewichten beginnen: ein Name aus dem Modellzoo (resnet18…) oder eine safetensors-Datei.</translation>
    </message>
    <message>
        <source>A mirror of https://huggingface.co for zoo downloads.</source>
        <translation>Ein Spiegelserver von https://huggingface.co für Downloads aus dem Modellzoo.</translation>
    </message>
    <message>
        <source>Continue an interrupted run from its last checkpoint.</source>
        <translation>Einen unterbrochenen Lauf ab seinem letzten Checkpoint fortsetzen.</translation>
    </message>
    <message>
        <source>train needs --project DIR (or --resume RUN_DIR)</source>
        <translation>train benötigt --project DIR (oder --resume RUN_DIR)</translation>
    </message>
    <message>
        <source>--sizes must look like 64:2,128:3 (size 8–1024 : epochs ≥ 1)</source>
        <translation>--sizes muss die Form 64:2,128:3 haben (Größe 8–1024 : Epochen ≥ 1)</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein (angegeben: „%4“)</translation>
    </message>
    <message>
        <source>--schedule must be one of %1</source>
        <translation>--schedule muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>--monitor must be val_loss or val_accuracy</source>
        <translation>--monitor muss val_loss oder val_accuracy sein</translation>
    </message>
    <message>
        <source>small-cnn (default), resnet18 or any other architecture.</source>
        <translation>small-cnn (Standard), resnet18 oder eine beliebige andere Architektur.</translation>
    </message>
    <message>
        <source>Images to hash and search (default 100000).</source>
        <translation>Anzahl der zu hashenden und zu durchsuchenden Bilder (Standard: 100000).</translation>
    </message>
    <message>
        <source>Images in the all-pairs reference (default 10000).</source>
        <translation>Bilder im Referenzvergleich aller Paare (Standard: 10000).</translation>
    </message>
    <message>
        <source>pHash threshold (default %1).</source>
        <translation>pHash-Schwellenwert (Standard: %1).</translation>
    </message>
    <message>
        <source>Use Debian&apos;s Fashion-MNIST images instead of synthetic scenes.</source>
        <translation>Debians Fashion-MNIST-Bilder statt synthetischer Szenen verwenden.</translation>
    </message>
    <message>
        <source>Measures duplicate search: hashing images/s, and search seconds for N hashes.</source>
        <translation>Misst die Duplikatsuche: Hashing in Bildern/s und Suchdauer in Sekunden für N Hashes.</translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>Hashwerte werden berechnet…</translation>
    </message>
    <message>
        <source>Move the files found into this project&apos;s quarantine (restorable). Without it, no file is changed.</source>
        <translation>Gefundene Dateien in die Quarantäne dieses Projekts verschieben (wiederherstellbar). Ohne diese Option wird keine Datei verändert.</translation>
    </message>
    <message>
        <source>--dir must name a folder (a project or any folder of images)</source>
        <translation>--dir muss einen Ordner angeben (ein Projekt oder einen beliebigen Bildordner)</translation>
    </message>
    <message>
        <source>--quarantine must name a project folder</source>
        <translation>--quarantine muss einen Projektordner angeben</translation>
    </message>
    <message>
        <source>The folder to check: a project or any folder of images.</source>
        <translation>Der zu prüfende Ordner: ein Projekt oder ein beliebiger Bildordner.</translation>
    </message>
    <message>
        <source>Images with a shorter side are too small (default 16).</source>
        <translation>Bilder, deren kürzere Seite kleiner als dieser Wert ist, gelten als zu klein (Standard: 16).</translation>
    </message>
    <message>
        <source>Images with more pixels are refused before decoding (default 89).</source>
        <translation>Bilder mit mehr Megapixeln werden vor dem Dekodieren abgelehnt (Standard: 89).</translation>
    </message>
    <message>
        <source>Finds files that are not usable images: empty, unreadable, not an image, unsupported, truncated, corrupt, too small, too large, animated or multi-page.</source>
        <translation>Findet Dateien, die keine brauchbaren Bilder sind: leer, unlesbar, kein Bild, nicht unterstützt, abgeschnitten, beschädigt, zu klein, zu groß, animiert oder mehrseitig.</translation>
    </message>
    <message>
        <source>The folder to search: a project or any folder of images.</source>
        <translation>Der zu durchsuchende Ordner: ein Projekt oder ein beliebiger Bildordner.</translation>
    </message>
    <message>
        <source>Near duplicates differ by at most this many of 64 pHash bits (default %1; 0 still finds flips and rotations).</source>
        <translation>Beinahe-Duplikate unterscheiden sich in höchstens T der 64 pHash-Bits (Standard: %1; auch 0 findet noch Spiegelungen und Drehungen).</translation>
    </message>
    <message>
        <source>Groups exact duplicates (same bytes) and near duplicates (re-encoded, resized, cropped, brighter, mirrored or rotated copies). With --quarantine, keeps the best of each group (largest resolution, then largest file) and quarantines the others.</source>
        <translation>Gruppiert exakte Duplikate (gleiche Bytes) und Beinahe-Duplikate (neu kodierte, skalierte, zugeschnittene, aufgehellte, gespiegelte oder gedrehte Kopien). Mit --quarantine wird aus jeder Gruppe das beste Bild behalten (höchste Auflösung, danach größte Datei) und die übrigen werden in die Quarantäne verschoben.</translation>
    </message>
    <message>
        <source>Exact duplicates:</source>
        <translation>Exakte Duplikate:</translation>
    </message>
    <message>
        <source>Near duplicates:</source>
        <translation>Beinahe-Duplikate:</translation>
    </message>
    <message>
        <source>A folder (a folder per class), a .zip archive, or a text file of image URLs.</source>
        <translation>Ein Ordner (mit einem Unterordner je Klasse), ein .zip-Archiv oder eine Textdatei mit Bild-URLs.</translation>
    </message>
    <message>
        <source>The project to import into (created when missing).</source>
        <translation>Das Zielprojekt des Imports (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Downscale images to this longest side (default: keep).</source>
        <translation>Bilder auf diese maximale Kantenlänge verkleinern (Standard: Größe beibehalten).</translation>
    </message>
    <message>
        <source>Licence to record in sources.csv.</source>
        <translation>In sources.csv einzutragende Lizenz.</translation>
    </message>
    <message>
        <source>Creator to record in sources.csv.</source>
        <translation>In sources.csv einzutragender Urheber.</translation>
    </message>
    <message>
        <source>Imports images into a project; every file is checked, nothing is overwritten, sources.csv records where each came from.</source>
        <translation>Importiert Bilder in ein Projekt; jede Datei wird geprüft, nichts wird überschrieben, sources.csv hält die Herkunft jedes Bildes fest.</translation>
    </message>
    <message>
        <source>import needs --project DIR and one source</source>
        <translation>import benötigt --project DIR und eine Quelle</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Make the sketch demo instead: circle, square, triangle, star, heart and zigzag drawn procedurally, 300 each (a quarter for validation).</source>
        <translation>Stattdessen das Skizzen-Demoprojekt anlegen: prozedural gezeichnete Kreise, Quadrate, Dreiecke, Sterne, Herzen und Zickzacklinien, je 300 (ein Viertel zur Validierung).</translation>
    </message>
    <message>
        <source>Creates the built-in demo project from Debian&apos;s Fashion-MNIST: T-shirt, Trouser, Sneaker and Bag, 300 training and 100 validation images each; or, with --sketches, the sketch demo.</source>
        <translation>Legt das eingebaute Demoprojekt aus Debians Fashion-MNIST an: T-Shirt, Hose, Sneaker und Tasche mit je 300 Trainings- und 100 Validierungsbildern; oder mit --sketches das Skizzen-Demoprojekt.</translation>
    </message>
    <message>
        <source>The run folder to evaluate (runs/&lt;id&gt;).</source>
        <translation>Der auszuwertende Laufordner (runs/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The project whose validation images to use (default: the run&apos;s project).</source>
        <translation>Das Projekt, dessen Validierungsbilder verwendet werden (Standard: das Projekt des Laufs).</translation>
    </message>
    <message>
        <source>How many top losses to list (default 20).</source>
        <translation>Anzahl der aufzulistenden größten Verluste (Standard: 20).</translation>
    </message>
    <message>
        <source>Evaluates a run: accuracy, per-class precision/recall/F1, confusion matrix, top losses.</source>
        <translation>Wertet einen Lauf aus: Genauigkeit, Präzision/Trefferquote/F1 je Klasse, Konfusionsmatrix, größte Verluste.</translation>
    </message>
    <message>
        <source>evaluate needs --run RUN_DIR</source>
        <translation>evaluate benötigt --run RUN_DIR</translation>
    </message>
    <message>
        <source>Also write a Grad-CAM overlay (where the model looked) per image into this folder.</source>
        <translation>Zusätzlich je Bild eine Grad-CAM-Überlagerung (wohin das Modell geschaut hat) in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The project to fill (created when missing).</source>
        <translation>Das zu füllende Projekt (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>openverse (default), wikimedia, inaturalist, reddit (a subreddit per term; needs $PICTA_REDDIT_CLIENT_ID and $PICTA_REDDIT_CLIENT_SECRET) or urls.</source>
        <translation>openverse (Standard), wikimedia, inaturalist, reddit (ein Subreddit je Begriff; benötigt $PICTA_REDDIT_CLIENT_ID und $PICTA_REDDIT_CLIENT_SECRET) oder urls.</translation>
    </message>
    <message>
        <source>A search term; repeat for more. Each term becomes a class.</source>
        <translation>Ein Suchbegriff; für weitere Begriffe die Option wiederholen. Jeder Begriff wird zu einer Klasse.</translation>
    </message>
    <message>
        <source>Images per term (default 50).</source>
        <translation>Bilder je Begriff (Standard: 50).</translation>
    </message>
    <message>
        <source>any (default), commercial, modification or cc0.</source>
        <translation>any (Standard), commercial, modification oder cc0.</translation>
    </message>
    <message>
        <source>For --source urls: a text file of image addresses.</source>
        <translation>Für --source urls: eine Textdatei mit Bildadressen.</translation>
    </message>
    <message>
        <source>Replace the provider&apos;s scheme, host and port (a mirror or a test server).</source>
        <translation>Schema, Host und Port des Anbieters ersetzen (Spiegelserver oder Testserver).</translation>
    </message>
    <message>
        <source>Skip images smaller than this on a side.</source>
        <translation>Bilder überspringen, deren kürzere Seite kleiner als dieser Wert ist.</translation>
    </message>
    <message>
        <source>API requests per minute (default: what the provider allows).</source>
        <translation>API-Anfragen pro Minute (Standard: so viele, wie der Anbieter erlaubt).</translation>
    </message>
    <message>
        <source>Collects images for search terms from open image APIs, each with its licence; a stopped job resumes where it stopped.</source>
        <translation>Sammelt Bilder zu Suchbegriffen aus offenen Bild-APIs, jeweils mit Lizenz; ein angehaltener Auftrag wird dort fortgesetzt, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>scrape needs --project DIR and at least one --term</source>
        <translation>scrape benötigt --project DIR und mindestens ein --term</translation>
    </message>
    <message>
        <source>--api-base must be an address such as http://127.0.0.1:8080</source>
        <translation>--api-base muss eine Adresse wie http://127.0.0.1:8080 sein</translation>
    </message>
    <message>
        <source> (stopped: run again to resume)</source>
        <translation> (angehalten: zum Fortsetzen erneut ausführen)</translation>
    </message>
    <message>
        <source>The project whose sources.csv to credit.</source>
        <translation>Das Projekt, aus dessen sources.csv die Bildnachweise erstellt werden.</translation>
    </message>
    <message>
        <source>Where to write (default PROJECT/CREDITS.md).</source>
        <translation>Zieldatei (Standard: PROJECT/CREDITS.md).</translation>
    </message>
    <message>
        <source>Writes an attribution file (CREDITS.md) from sources.csv.</source>
        <translation>Schreibt eine Datei mit Bildnachweisen (CREDITS.md) aus sources.csv.</translation>
    </message>
    <message>
        <source>credits needs --project DIR</source>
        <translation>credits benötigt --project DIR</translation>
    </message>
    <message>
        <source>Measure both sides this many times, alternating which goes first, and report medians (default 1).</source>
        <translation>Beide Seiten N-mal in abwechselnder Reihenfolge messen und die Mediane ausgeben (Standard: 1).</translation>
    </message>
    <message>
        <source>Round %1 of %2: from files %3×, from memory %4×</source>
        <translation>Runde %1 von %2: aus Dateien %3×, aus dem Arbeitsspeicher %4×</translation>
    </message>
    <message>
        <source>Search on augmented images, as training with --augment would see them.</source>
        <translation>Auf augmentierten Bildern suchen, so wie das Training mit --augment sie sehen würde.</translation>
    </message>
    <message>
        <source>Search from pretrained backbone weights: a zoo name (resnet18…) or a safetensors file.</source>
        <translation>Ausgehend von vortrainierten Backbone-Gewichten suchen: ein Name aus dem Modellzoo (resnet18…) oder eine safetensors-Datei.</translation>
    </message>
    <message>
        <source>Search with the backbone frozen, as fine-tuning&apos;s first epochs train.</source>
        <translation>Mit eingefrorenem Backbone suchen, so wie in den ersten Epochen der Feinabstimmung trainiert wird.</translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended; nothing to resume</source>
        <translation>Vor Ende der ersten Epoche angehalten; nichts fortzusetzen</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 MB</source>
        <translation>Download: %1 von %2 MB</translation>
    </message>
    <message>
        <source>Downloading: %1 MB</source>
        <translation>Download: %1 MB</translation>
    </message>
    <message>
        <source>The PyTorch peer script (default: peer_train.py beside picta-cli, or in share/picta/).</source>
        <translation>Das PyTorch-Vergleichsskript (Standard: peer_train.py neben picta-cli oder in share/picta/).</translation>
    </message>
    <message>
        <source>The PyTorch peer script (peer_train.py) is not beside picta-cli nor in share/picta/: name it with --peer</source>
        <translation>Das PyTorch-Vergleichsskript (peer_train.py) liegt weder neben picta-cli noch in share/picta/: Geben Sie es mit --peer an</translation>
    </message>
    <message>
        <source>The run folder to export (runs/&lt;id&gt;).</source>
        <translation>Der zu exportierende Laufordner (runs/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The file to write (.onnx or .zip).</source>
        <translation>Die zu schreibende Datei (.onnx oder .zip).</translation>
    </message>
    <message>
        <source>onnx (the model with its preprocessing) or package (a zip: ONNX, weights, README, predict.py); default: from the file name, else onnx.</source>
        <translation>onnx (das Modell mit seiner Vorverarbeitung) oder package (ein ZIP: ONNX, Gewichte, README, predict.py); Standard: nach Dateiname, sonst onnx.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Exports a trained run as ONNX that predicts what Picta predicts, or as a model package.</source>
        <translation>Exportiert einen trainierten Lauf als ONNX, das dieselben Vorhersagen wie Picta liefert, oder als Modellpaket.</translation>
    </message>
    <message>
        <source>export needs --run RUN_DIR and --out FILE</source>
        <translation>export benötigt --run RUN_DIR und --out FILE</translation>
    </message>
    <message>
        <source>--format must be onnx or package (not &apos;%1&apos;)</source>
        <translation>--format muss onnx oder package sein (nicht „%1“)</translation>
    </message>
    <message>
        <source>%1 exists (add --force to replace it)</source>
        <translation>%1 existiert bereits (zum Ersetzen --force angeben)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 MB) in %3 s</source>
        <translation>%1 (%2 MB) in %3 s geschrieben</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be imported into it</source>
        <translation>%1 ist schreibgeschützt: Import nicht möglich</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Import abgebrochen: %1</translation>
    </message>
    <message>
        <source>A video file (MP4, WebM, AVI, … whatever FFmpeg decodes).</source>
        <translation>Eine Videodatei (MP4, WebM, AVI, … alles, was FFmpeg dekodieren kann).</translation>
    </message>
    <message>
        <source>Keep one frame every SECONDS of video.</source>
        <translation>Alle SECONDS Sekunden Video ein Einzelbild behalten.</translation>
    </message>
    <message>
        <source>Keep one frame at each scene change instead.</source>
        <translation>Stattdessen bei jedem Szenenwechsel ein Einzelbild behalten.</translation>
    </message>
    <message>
        <source>With --scenes: how different (0–255, mean over a 32×32 gray thumbnail) a frame must be from the last one kept (default 14).</source>
        <translation>Mit --scenes: wie stark sich ein Einzelbild vom zuletzt behaltenen unterscheiden muss (0–255, Mittelwert über ein 32×32-Graustufen-Vorschaubild; Standard: 14).</translation>
    </message>
    <message>
        <source>Put the frames into this class (default: Unlabelled).</source>
        <translation>Einzelbilder dieser Klasse zuordnen (Standard: „Nicht zugeordnet“).</translation>
    </message>
    <message>
        <source>Keep frames that look like one already kept.</source>
        <translation>Auch Einzelbilder behalten, die einem bereits behaltenen ähneln.</translation>
    </message>
    <message>
        <source>Downscale frames to this longest side (default: keep).</source>
        <translation>Einzelbilder auf diese maximale Kantenlänge verkleinern (Standard: Größe beibehalten).</translation>
    </message>
    <message>
        <source>Imports frames of a video into a project: one every N seconds or one per scene, near-duplicate frames left out, sources.csv naming the video and each frame&apos;s time.</source>
        <translation>Importiert Einzelbilder eines Videos in ein Projekt: eines alle N Sekunden oder eines je Szene, ohne Beinahe-Duplikate; sources.csv nennt das Video und den Zeitpunkt jedes Einzelbilds.</translation>
    </message>
    <message>
        <source>import-video needs --project DIR and one video file</source>
        <translation>import-video benötigt --project DIR und eine Videodatei</translation>
    </message>
    <message>
        <source>import-video needs either --every SECONDS or --scenes</source>
        <translation>import-video benötigt entweder --every SECONDS oder --scenes</translation>
    </message>
    <message>
        <source>--every needs a number of seconds between 0.01 and 86400</source>
        <translation>--every benötigt eine Sekundenzahl zwischen 0.01 und 86400</translation>
    </message>
    <message>
        <source>--threshold needs a number from 0 to 255</source>
        <translation>--threshold benötigt eine Zahl von 0 bis 255</translation>
    </message>
    <message>
        <source>%1 s of %2 s read</source>
        <translation>%1 s von %2 s gelesen</translation>
    </message>
    <message>
        <source>%1 s read</source>
        <translation>%1 s gelesen</translation>
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
        <translation>Aufruf: picta-cli &lt;command&gt; [options]

Befehle:
  demo --out DIR                      Fashion-MNIST-Demoprojekt anlegen
  train --project DIR [options]       Klassifikator trainieren und runs/&lt;id&gt;/ schreiben
  predict --run RUN_DIR FILE...       Bilddateien mit einem trainierten Lauf klassifizieren
  evaluate --run RUN_DIR              Genauigkeit, Metriken je Klasse, Konfusionsmatrix, größte Verluste
  lr-find --project DIR [options]     Lernrate vorschlagen (Range-Test nach fastai)
  import-fashion-mnist --out DIR      Debians Fashion-MNIST als Projekt schreiben
  scrape --project DIR --term T       Bilder zu Suchbegriffen aus offenen Bild-APIs sammeln
  credits --project DIR               CREDITS.md aus sources.csv schreiben
  import --project DIR SOURCE         Ordner, .zip-Archiv oder URL-Liste importieren
  import-video --project DIR FILE     Einzelbilder eines Videos: --every SECONDS oder --scenes
  export --run RUN_DIR --out FILE     ONNX (.onnx) oder Modellpaket (.zip)
  serve --run RUN_DIR [--network]     Modell als Webseite und JSON-API teilen
  check --dir DIR                     unbrauchbare Dateien auflisten (beschädigt, abgeschnitten, zu groß…)
  dedupe --dir DIR [--threshold T]    exakte Duplikate und Beinahe-Duplikate gruppieren
  bench --dir DIR [--arch A]          eine Epoche mit Picta und mit PyTorch, gleiche Dateien
  bench-dedupe [--count N]            Geschwindigkeit von Hashing und Duplikatsuche

Mit „picta-cli &lt;command&gt; --help“ sehen Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>The run folder to share (runs/&lt;id&gt;).</source>
        <translation>Der zu teilende Laufordner (runs/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>Where visitors&apos; answers go (feedback.json; default: the run&apos;s project).</source>
        <translation>Ziel für die Antworten der Besucher (feedback.json; Standard: das Projekt des Laufs).</translation>
    </message>
    <message>
        <source>Listen on the local network (phones, a class), with an access token; without it only this computer can connect.</source>
        <translation>Im lokalen Netzwerk erreichbar sein (Handys, eine Schulklasse), mit Zugangstoken; ohne diese Option kann sich nur dieser Computer verbinden.</translation>
    </message>
    <message>
        <source>The port (default: any free one).</source>
        <translation>Der Port (Standard: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>The access token (default in --network mode: a random one).</source>
        <translation>Das Zugangstoken (Standard mit --network: ein zufälliges).</translation>
    </message>
    <message>
        <source>Threads answering requests (default 2).</source>
        <translation>Threads zur Beantwortung von Anfragen (Standard: 2).</translation>
    </message>
    <message>
        <source>Print the address as one JSON line once listening.</source>
        <translation>Sobald der Server bereit ist, die Adresse als eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Shares a trained run as a web page and a JSON API until interrupted (Ctrl+C).</source>
        <translation>Teilt einen trainierten Lauf als Webseite und JSON-API, bis er unterbrochen wird (Strg+C).</translation>
    </message>
    <message>
        <source>serve needs --run RUN_DIR</source>
        <translation>serve benötigt --run RUN_DIR</translation>
    </message>
    <message>
        <source>An answer was recorded in feedback.json</source>
        <translation>Eine Antwort wurde in feedback.json gespeichert</translation>
    </message>
    <message>
        <source>Sharing %1 at %2 (Ctrl+C stops)</source>
        <translation>%1 wird unter %2 geteilt (Strg+C beendet)</translation>
    </message>
    <message>
        <source>Epochs (default %1).</source>
        <translation>Epochen (Standard: %1).</translation>
    </message>
    <message>
        <source>Batch size (default %1).</source>
        <translation>Batchgröße (Standard: %1).</translation>
    </message>
    <message>
        <source>Learning rate (default %1).</source>
        <translation>Lernrate (Standard: %1).</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2).</source>
        <translation>Architektur: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Startwert für den Zufallsgenerator (Standard: %1).</translation>
    </message>
    <message>
        <source>Learning-rate schedule: %1 (default %2).</source>
        <translation>Lernratenverlauf: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>AdamW weight decay (default %1; 0: plain Adam).</source>
        <translation>Gewichtsverfall für AdamW (Standard: %1; 0: einfaches Adam).</translation>
    </message>
    <message>
        <source>Label smoothing, 0 to 0.5 (default %1).</source>
        <translation>Label-Glättung, 0 bis 0.5 (Standard: %1).</translation>
    </message>
    <message>
        <source>What early stopping watches: val_loss or val_accuracy (default %1).</source>
        <translation>Vom vorzeitigen Beenden überwachter Wert: val_loss oder val_accuracy (Standard: %1).</translation>
    </message>
    <message>
        <source>Let the planner choose the settings (printed with the reasons; the LR finder runs first); options given as well override its choices.</source>
        <translation>Die Einstellungen vom Planer wählen lassen (sie werden mit Begründung ausgegeben; zuerst läuft die Lernratensuche); zusätzlich angegebene Optionen haben Vorrang vor seiner Wahl.</translation>
    </message>
    <message>
        <source>--auto plans a new run; --resume continues one with its own settings</source>
        <translation>--auto plant einen neuen Lauf; --resume setzt einen bestehenden Lauf mit dessen eigenen Einstellungen fort</translation>
    </message>
    <message>
        <source>Planning: looking at the pictures and trying learning rates…</source>
        <translation>Planung: Bilder werden untersucht und Lernraten ausprobiert…</translation>
    </message>
    <message>
        <source>Plan for %1:</source>
        <translation>Plan für %1:</translation>
    </message>
    <message>
        <source>Decoded images up to this many MiB train from memory, more from their store on disk (default %1).</source>
        <translation>Bis zu dieser Menge (MiB) werden dekodierte Bilder aus dem Arbeitsspeicher trainiert, darüber hinaus aus ihrem Bildspeicher auf der Festplatte (Standard: %1).</translation>
    </message>
    <message numerus="yes">
        <source>Fashion-MNIST has %n image(s); ask for at most %2</source>
        <translation>
            <numerusform>Fashion-MNIST enthält %n Bild; fordern Sie höchstens %2 an</numerusform>
            <numerusform>Fashion-MNIST enthält %n Bilder; fordern Sie höchstens %2 an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n image(s) as PNG…</source>
        <translation>
            <numerusform>%n Bild wird als PNG kodiert…</numerusform>
            <numerusform>%n Bilder werden als PNG kodiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n hash(es)…</source>
        <translation>
            <numerusform>Suche in %n Hashwert…</numerusform>
            <numerusform>Suche in %n Hashwerten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All-pairs reference on %n image(s)…</source>
        <translation>
            <numerusform>Referenzvergleich aller Paare mit %n Bild…</numerusform>
            <numerusform>Referenzvergleich aller Paare mit %n Bildern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) have problems</source>
        <translation>
            <numerusform>Probleme in %1 von %n Datei</numerusform>
            <numerusform>Probleme in %1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) among %2 images (%3 s)</source>
        <translation>
            <numerusform>%n Gruppe unter %2 Bildern (%3 s)</numerusform>
            <numerusform>%n Gruppen unter %2 Bildern (%3 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo project with %1 images in %n class(es) written to %3</source>
        <translation>
            <numerusform>Demoprojekt mit %1 Bildern in %n Klasse unter %3 angelegt</numerusform>
            <numerusform>Demoprojekt mit %1 Bildern in %n Klassen unter %3 angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy %1 % on %n %3 image(s)</source>
        <translation>
            <numerusform>Genauigkeit %1 % bei %n Bild (%3)</numerusform>
            <numerusform>Genauigkeit %1 % bei %n Bildern (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported, %2 skipped (%3 already in the project)</source>
        <translation>
            <numerusform>%n Bild importiert, %2 übersprungen (%3 bereits im Projekt)</numerusform>
            <numerusform>%n Bilder importiert, %2 übersprungen (%3 bereits im Projekt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) written</source>
        <translation>
            <numerusform>%1 von %n Bild geschrieben</numerusform>
            <numerusform>%1 von %n Bildern geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 images in %n class(es) to %3</source>
        <translation>
            <numerusform>%1 Bilder in %n Klasse nach %3 geschrieben</numerusform>
            <numerusform>%1 Bilder in %n Klassen nach %3 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) imported from %1 read (%2 s of video)</source>
        <translation>
            <numerusform>%n von %1 gelesenen Einzelbildern importiert (%2 s Video)</numerusform>
            <numerusform>%n von %1 gelesenen Einzelbildern importiert (%2 s Video)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left out as near duplicate(s)</source>
        <translation>
            <numerusform>, %n als Beinahe-Duplikat ausgelassen</numerusform>
            <numerusform>, %n als Beinahe-Duplikate ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings: the language, threads, device (CPU or CUDA), cache folder and weights mirror
chosen in Picta&apos;s Preferences apply here too (%1).
Command-line options override them, and so do PICTA_CACHE_DIR and PICTA_ZOO_BASE.</source>
        <translation>Einstellungen: Was in Picta unter „Einstellungen“ für Sprache, Threads, Gerät (CPU oder CUDA),
Cache-Ordner und Spiegelserver für Gewichte gewählt ist, gilt auch hier (%1).
Befehlszeilenoptionen haben Vorrang davor, ebenso PICTA_CACHE_DIR und PICTA_ZOO_BASE.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %n duplicate(s), %4 failed</source>
        <translation>
            <numerusform>%1: %2 heruntergeladen, %n Duplikat, %4 fehlgeschlagen</numerusform>
            <numerusform>%1: %2 heruntergeladen, %n Duplikate, %4 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) downloaded</source>
        <translation>
            <numerusform>%n Bild heruntergeladen</numerusform>
            <numerusform>%n Bilder heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped, %1 failed%2</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen, %1 fehlgeschlagen%2</numerusform>
            <numerusform>, %n Duplikate übersprungen, %1 fehlgeschlagen%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) credited in %2</source>
        <translation>
            <numerusform>Bildnachweis für %n Bild in %2 geschrieben</numerusform>
            <numerusform>Bildnachweise für %n Bilder in %2 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n prediction(s)</source>
        <translation>
            <numerusform>Nach %n Vorhersage beendet</numerusform>
            <numerusform>Nach %n Vorhersagen beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training on %1: %2 training and %n validation image(s) → %4</source>
        <translation>
            <numerusform>Training auf %1: %2 Trainingsbilder und %n Validierungsbild → %4</numerusform>
            <numerusform>Training auf %1: %2 Trainings- und %n Validierungsbilder → %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n epoch(s) (validation accuracy %3); go on with: picta-cli train --resume %4</source>
        <translation>
            <numerusform>Nach %1 von %n Epoche angehalten (Validierungsgenauigkeit %3); fortsetzen mit: picta-cli train --resume %4</numerusform>
            <numerusform>Nach %1 von %n Epochen angehalten (Validierungsgenauigkeit %3); fortsetzen mit: picta-cli train --resume %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: validation accuracy %1 after %n epoch(s) in %3 s; run saved in %4</source>
        <translation>
            <numerusform>Fertig: Validierungsgenauigkeit %1 nach %n Epoche in %3 s; Lauf gespeichert in %4</numerusform>
            <numerusform>Fertig: Validierungsgenauigkeit %1 nach %n Epochen in %3 s; Lauf gespeichert in %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Be one rank of a data-parallel training started by torchrun or srun (reads RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT, or SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID; PICTA_DISTRIBUTED_TIMEOUT in seconds, default 300). Rank 0 writes the run.</source>
        <translation>Als ein Rang eines datenparallelen Trainings laufen, gestartet von torchrun oder srun (liest RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT oder SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID; PICTA_DISTRIBUTED_TIMEOUT in Sekunden, Standard 300). Rang 0 schreibt den Lauf.</translation>
    </message>
    <message>
        <source>--auto and --distributed do not go together: plan on one process (train --auto), then start the ranks with the settings it printed</source>
        <translation>--auto und --distributed passen nicht zusammen: erst in einem Prozess planen (train --auto), dann die Ränge mit den ausgegebenen Einstellungen starten</translation>
    </message>
    <message>
        <source>Rank %1 of %2 (%3): meeting the others at %4:%5…</source>
        <translation>Rang %1 von %2 (%3): Treffen mit den anderen an %4:%5…</translation>
    </message>
    <message>
        <source>Rank %1: %2</source>
        <translation>Rang %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Data parallel over %n rank(s): each trains on its share of every epoch</source>
        <translation>
            <numerusform>Datenparallel über %n Rang: jeder trainiert auf seinem Anteil jeder Epoche</numerusform>
            <numerusform>Datenparallel über %n Ränge: jeder trainiert auf seinem Anteil jeder Epoche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank %1: LOCAL_RANK is %2 but this machine has %n GPU(s): start one rank per GPU</source>
        <translation>
            <numerusform>Rang %1: LOCAL_RANK ist %2, aber dieser Rechner hat %n GPU: einen Rang je GPU starten</numerusform>
            <numerusform>Rang %1: LOCAL_RANK ist %2, aber dieser Rechner hat %n GPUs: einen Rang je GPU starten</numerusform>
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
            <numerusform>CPU (%n Thread)</numerusform>
            <numerusform>CPU (%n Threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source># Credits

Images in this dataset and where they come from, as recorded in sources.csv.
</source>
        <translation># Bildnachweise

Bilder in diesem Datensatz und ihre Herkunft, wie in sources.csv verzeichnet.
</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>licence unknown</source>
        <translation>Lizenz unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>
%n image(s) have no known licence: ask their owners before publishing them.
</source>
        <translation>
            <numerusform>
%n Bild hat keine bekannte Lizenz: Fragen Sie den Rechteinhaber, bevor Sie dieses Bild veröffentlichen.
</numerusform>
            <numerusform>
%n Bilder haben keine bekannte Lizenz: Fragen Sie die Rechteinhaber, bevor Sie diese Bilder veröffentlichen.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>There is no class number %1</source>
        <translation>Es gibt keine Klasse Nummer %1</translation>
    </message>
    <message>
        <source>%1 cannot be moved back to %2</source>
        <translation>%1 kann nicht nach %2 zurückverschoben werden</translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation>Eine Klasse braucht einen Namen</translation>
    </message>
    <message>
        <source>A class name cannot start or end with spaces</source>
        <translation>Ein Klassenname darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>A class name cannot start with a dot</source>
        <translation>Ein Klassenname darf nicht mit einem Punkt beginnen</translation>
    </message>
    <message>
        <source>A class name cannot contain %1</source>
        <translation>Ein Klassenname darf kein %1 enthalten</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>Steuerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved</source>
        <translation>„%1“ ist reserviert</translation>
    </message>
    <message>
        <source>A class name can have at most 100 characters</source>
        <translation>Ein Klassenname darf höchstens 100 Zeichen lang sein</translation>
    </message>
    <message>
        <source>There is a class &apos;%1&apos; already</source>
        <translation>Es gibt bereits eine Klasse „%1“</translation>
    </message>
    <message>
        <source>Cannot create the folder for class &apos;%1&apos;</source>
        <translation>Der Ordner für die Klasse „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>There is a class &apos;%1&apos; already; merge the classes instead</source>
        <translation>Es gibt bereits eine Klasse „%1“; führen Sie die Klassen stattdessen zusammen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be renamed</source>
        <translation>Der Ordner %1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Choose two different classes to merge</source>
        <translation>Wählen Sie zum Zusammenführen zwei verschiedene Klassen</translation>
    </message>
    <message>
        <source>The folder %1 still holds subfolders; move them out first</source>
        <translation>Der Ordner %1 enthält noch Unterordner; verschieben Sie diese zuerst heraus</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos; still has images</source>
        <translation>Die Klasse „%1“ enthält noch Bilder</translation>
    </message>
    <message>
        <source>%1 leads outside the project (a link): nothing is moved there</source>
        <translation>%1 führt aus dem Projekt hinaus (ein Link): Dorthin wird nichts verschoben</translation>
    </message>
</context>
<context>
    <name>DatasetTab</name>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Bild der Klasse „%1“ zuordnen</numerusform>
            <numerusform>%n Bilder der Klasse „%1“ zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n image(s)</source>
        <translation>
            <numerusform>%n Bild in die Quarantäne verschieben</numerusform>
            <numerusform>%n Bilder in die Quarantäne verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class &apos;%1&apos;</source>
        <translation>Klasse „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename class &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Klasse „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Merge class &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>Klasse „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Remove class &apos;%1&apos;</source>
        <translation>Klasse „%1“ entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>adding it was undone</source>
        <translation>Hinzufügen wurde rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>DecodedStore</name>
    <message>
        <source>%1: cannot create the folder for decoded images</source>
        <translation>%1: Der Ordner für dekodierte Bilder kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read row %2</source>
        <translation>%1: Zeile %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Decoded images in %1: no image in row %2</source>
        <translation>Dekodierte Bilder in %1: kein Bild in Zeile %2</translation>
    </message>
    <message>
        <source>A decoded image in %1 was damaged and %2</source>
        <translation>Ein dekodiertes Bild in %1 war beschädigt und ließ sich nicht neu dekodieren: %2</translation>
    </message>
    <message>
        <source>%1 was damaged or foreign (%2): the images are decoded again</source>
        <translation>%1 war beschädigt oder fremd (%2): Die Bilder werden neu dekodiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its index says: %n image(s) are decoded again</source>
        <translation>
            <numerusform>%1 ist kürzer als im Index angegeben: %n Bild wird neu dekodiert</numerusform>
            <numerusform>%1 ist kürzer als im Index angegeben: %n Bilder werden neu dekodiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decoded images: unsupported size %1 with %n channel(s)</source>
        <translation>
            <numerusform>Dekodierte Bilder: Größe %1 bei %n Kanal wird nicht unterstützt</numerusform>
            <numerusform>Dekodierte Bilder: Größe %1 bei %n Kanälen wird nicht unterstützt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributedGroup</name>
    <message>
        <source>Cannot open the meeting point at %1 (MASTER_ADDR:MASTER_PORT): %2</source>
        <translation>Der Treffpunkt %1 (MASTER_ADDR:MASTER_PORT) kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot reach the meeting point at %1 (MASTER_ADDR:MASTER_PORT) within %2 s: %3</source>
        <translation>Der Treffpunkt %1 (MASTER_ADDR:MASTER_PORT) ist innerhalb von %2 s nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>version or training settings</source>
        <translation>Version oder Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Meeting the other ranks failed: %1</source>
        <translation>Das Treffen mit den anderen Rängen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rank(s) %1 stopped answering (the process ended, its machine cannot be reached, or it did not reply within %2 s), so this rank stops too. What it saw: %3</source>
        <translation>Rang/Ränge %1 antworten nicht mehr (der Prozess endete, sein Rechner ist nicht erreichbar, oder er antwortete nicht innerhalb von %2 s), daher hält auch dieser Rang an. Was er sah: %3</translation>
    </message>
    <message>
        <source>This Picta was built without PyTorch&apos;s distributed engine (c10d with Gloo): --distributed is not available</source>
        <translation>Dieses Picta wurde ohne die verteilte Engine von PyTorch (c10d mit Gloo) gebaut: --distributed ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>DistributedSettings</name>
    <message>
        <source>%1 is not set: a distributed training is started by torchrun or srun, which set it for every process</source>
        <translation>%1 ist nicht gesetzt: ein verteiltes Training wird von torchrun oder srun gestartet, die es für jeden Prozess setzen</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: expected a whole number from %3 to %4</source>
        <translation>%1 ist „%2“: erwartet wird eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--distributed: neither RANK and WORLD_SIZE (torchrun) nor SLURM_PROCID (srun) is set; start one process per rank with torchrun --no-python --nproc-per-node N picta-cli train … or srun</source>
        <translation>--distributed: weder RANK und WORLD_SIZE (torchrun) noch SLURM_PROCID (srun) sind gesetzt; einen Prozess je Rang starten mit torchrun --no-python --nproc-per-node N picta-cli train … oder srun</translation>
    </message>
    <message>
        <source>MASTER_ADDR is not set: the address of rank 0&apos;s machine, where the ranks meet</source>
        <translation>MASTER_ADDR ist nicht gesetzt: die Adresse des Rechners von Rang 0, an der sich die Ränge treffen</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>duplicate (no copy kept)</source>
        <translation>Duplikat (keine Kopie behalten)</translation>
    </message>
    <message>
        <source>exact duplicate of %1</source>
        <translation>exaktes Duplikat von %1</translation>
    </message>
    <message>
        <source>near duplicate of %1</source>
        <translation>Beinahe-Duplikat von %1</translation>
    </message>
</context>
<context>
    <name>EarlyStopping</name>
    <message numerus="yes">
        <source>Stopped early: %1 did not improve for %n epoch(s); keeping epoch %3</source>
        <translation>
            <numerusform>Vorzeitig beendet: %1 hat sich %n Epoche lang nicht verbessert; Epoche %3 wird beibehalten</numerusform>
            <numerusform>Vorzeitig beendet: %1 hat sich %n Epochen lang nicht verbessert; Epoche %3 wird beibehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FashionMnist</name>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1: beschädigte gzip-Daten (%2)</translation>
    </message>
    <message>
        <source>T-shirt</source>
        <translation>T-Shirt</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pullover</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Kleid</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Mantel</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Hemd</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Sneaker</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tasche</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Stiefelette</translation>
    </message>
    <message>
        <source>Fashion-MNIST not found: %1 is missing (install the Debian package dataset-fashion-mnist)</source>
        <translation>Fashion-MNIST nicht gefunden: %1 fehlt (installieren Sie das Debian-Paket dataset-fashion-mnist)</translation>
    </message>
    <message>
        <source>%1: not an idx3 image file</source>
        <translation>%1: keine idx3-Bilddatei</translation>
    </message>
    <message>
        <source>%1: not an idx1 label file</source>
        <translation>%1: keine idx1-Labeldatei</translation>
    </message>
    <message>
        <source>%1: image and label counts or sizes disagree</source>
        <translation>%1: Anzahl oder Größe von Bildern und Labels passen nicht zusammen</translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1</source>
        <translation>Fashion-MNIST hat keine Klasse %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Fashion demo</source>
        <translation>Mode-Demo</translation>
    </message>
</context>
<context>
    <name>FrameRecorder</name>
    <message>
        <source>frame %1 could not be encoded</source>
        <translation>Einzelbild %1 konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>GradCamImage</name>
    <message>
        <source>%1: there is no overlay to write</source>
        <translation>%1: keine Überlagerung zum Speichern vorhanden</translation>
    </message>
    <message>
        <source>%1 cannot be encoded as PNG</source>
        <translation>%1 kann nicht als PNG kodiert werden</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: larger than the cap of %2 MB</source>
        <translation>%1: größer als die Obergrenze von %2 MB</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2, asked to wait %3 s</source>
        <translation>%1: HTTP %2, Server verlangt %3 s Wartezeit</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n redirect(s)</source>
        <translation>
            <numerusform>%1: zu viele Weiterleitungen (mehr als %n)</numerusform>
            <numerusform>%1: zu viele Weiterleitungen (mehr als %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 after %n attempt(s)</source>
        <translation>
            <numerusform>%1: %2 nach %n Versuch</numerusform>
            <numerusform>%1: %2 nach %n Versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>INaturalistSource</name>
    <message>
        <source>%1: not an iNaturalist answer (no results)</source>
        <translation>%1: keine Antwort von iNaturalist (Feld „results“ fehlt)</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>%1: empty file (0 bytes)</source>
        <translation>%1: leere Datei (0 Byte)</translation>
    </message>
    <message>
        <source>%1: not an image (unrecognised content)</source>
        <translation>%1: kein Bild (Inhalt nicht erkannt)</translation>
    </message>
    <message>
        <source>%1: GIF images are not supported</source>
        <translation>%1: GIF-Bilder werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: truncated JPEG (no end-of-image marker)</source>
        <translation>%1: abgeschnittenes JPEG (Bildende-Marker fehlt)</translation>
    </message>
    <message>
        <source>%1: truncated PNG (no IEND chunk)</source>
        <translation>%1: abgeschnittenes PNG (IEND-Chunk fehlt)</translation>
    </message>
    <message>
        <source>%1: cannot decode %2 image (%3)</source>
        <translation>%1: Bild im Format %2 kann nicht dekodiert werden (%3)</translation>
    </message>
    <message>
        <source>%1: corrupt or unsupported %2 image</source>
        <translation>%1: beschädigtes oder nicht unterstütztes Bild im Format %2</translation>
    </message>
    <message>
        <source>invalid in-memory image</source>
        <translation>ungültiges Bild im Speicher</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is over the limit of %4 megapixels</source>
        <translation>%1: %2×%3 Pixel überschreiten die Grenze von %4 Megapixeln</translation>
    </message>
    <message>
        <source>%1: corrupt %2 header</source>
        <translation>%1: beschädigter Kopf eines Bildes im Format %2</translation>
    </message>
    <message>
        <source>%1: %2 image with %3 channels (1 to 4 are supported)</source>
        <translation>%1: Bild im Format %2 mit %3 Kanälen (unterstützt werden 1 bis 4)</translation>
    </message>
</context>
<context>
    <name>ImageHeader</name>
    <message>
        <source>not an image (unrecognised content)</source>
        <translation>kein Bild (Inhalt nicht erkannt)</translation>
    </message>
    <message>
        <source>PNG without a valid IHDR chunk</source>
        <translation>PNG ohne gültigen IHDR-Chunk</translation>
    </message>
    <message>
        <source>JPEG with a broken marker structure</source>
        <translation>JPEG mit fehlerhafter Marker-Struktur</translation>
    </message>
    <message>
        <source>JPEG without a frame header (truncated or corrupt)</source>
        <translation>JPEG ohne Frame-Header (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>truncated GIF header</source>
        <translation>abgeschnittener GIF-Header</translation>
    </message>
    <message>
        <source>truncated BMP header</source>
        <translation>abgeschnittener BMP-Header</translation>
    </message>
    <message>
        <source>truncated WebP header</source>
        <translation>abgeschnittener WebP-Header</translation>
    </message>
    <message>
        <source>WebP with an unknown chunk layout</source>
        <translation>WebP mit unbekannter Chunk-Anordnung</translation>
    </message>
    <message>
        <source>truncated TIFF header</source>
        <translation>abgeschnittener TIFF-Header</translation>
    </message>
    <message>
        <source>TIFF whose first directory lies beyond the end of the file</source>
        <translation>TIFF, dessen erstes Verzeichnis hinter dem Dateiende liegt</translation>
    </message>
    <message>
        <source>truncated TIFF directory</source>
        <translation>abgeschnittenes TIFF-Verzeichnis</translation>
    </message>
    <message>
        <source>truncated PNM header</source>
        <translation>abgeschnittener PNM-Header</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>The urls source needs a file of image addresses</source>
        <translation>Die Quelle „urls“ braucht eine Datei mit Bildadressen</translation>
    </message>
    <message>
        <source>Unknown source &apos;%1&apos; (known: %2)</source>
        <translation>Unbekannte Quelle „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>Unknown licence filter &apos;%1&apos; (any, commercial, modification, cc0)</source>
        <translation>Unbekannter Lizenzfilter „%1“ (any, commercial, modification, cc0)</translation>
    </message>
    <message>
        <source>%1: %2 has no API answers to read</source>
        <translation>%1: %2 verarbeitet keine API-Antworten</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot re-encode the downscaled image</source>
        <translation>das verkleinerte Bild kann nicht neu kodiert werden</translation>
    </message>
    <message>
        <source>not an image file type (.%1)</source>
        <translation>kein Bilddateityp (.%1)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>not an image file type</source>
        <translation>kein Bilddateityp</translation>
    </message>
    <message>
        <source>cannot create a download folder under %1</source>
        <translation>unter %1 kann kein Download-Ordner erstellt werden</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>class &apos;%1&apos; could not be added</source>
        <translation>Klasse „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 leads outside the project (a link): nothing is written there</source>
        <translation>%1 führt aus dem Projekt hinaus (ein Link): Dort wird nichts geschrieben</translation>
    </message>
    <message>
        <source>already in the project as %1</source>
        <translation>bereits als %1 im Projekt vorhanden</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>unrecognised binary data</source>
        <translation>unbekannte Binärdaten</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <source>%1 images are not supported</source>
        <translation>Bilder im Format %1 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>not an image despite its .%1 extension: %2</source>
        <translation>trotz der Endung .%1 kein Bild: %2</translation>
    </message>
    <message>
        <source>not an image: %1</source>
        <translation>kein Bild: %1</translation>
    </message>
    <message>
        <source>%1 header gives a size of %2×%3</source>
        <translation>%1-Header gibt die Größe %2×%3 an</translation>
    </message>
    <message>
        <source>%1×%2 pixels is over the cap of %3 megapixels (not decoded)</source>
        <translation>%1×%2 Pixel überschreiten die Grenze von %3 Megapixeln (nicht dekodiert)</translation>
    </message>
    <message>
        <source>multi-page TIFF</source>
        <translation>mehrseitiges TIFF</translation>
    </message>
    <message>
        <source>animated %1</source>
        <translation>animiertes %1</translation>
    </message>
    <message>
        <source>GIF images are not supported</source>
        <translation>GIF-Bilder werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1×%2 pixels is smaller than %3 px on a side</source>
        <translation>%1×%2 Pixel: Eine Seite ist kürzer als %3 px</translation>
    </message>
    <message>
        <source>header says %1×%2 but the pixels are %3×%4</source>
        <translation>laut Header %1×%2, tatsächlich aber %3×%4 Pixel</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Small CNN (fast)</source>
        <translation>Kleines CNN (schnell)</translation>
    </message>
    <message>
        <source>VGG-style CNN (more accurate)</source>
        <translation>CNN im VGG-Stil (genauer)</translation>
    </message>
    <message>
        <source>VGG-style CNN, half width (faster)</source>
        <translation>CNN im VGG-Stil, halbe Breite (schneller)</translation>
    </message>
    <message>
        <source>MobileNetV2 (small, for transfer learning)</source>
        <translation>MobileNetV2 (klein, für Transferlernen)</translation>
    </message>
    <message>
        <source>MobileNetV3-Large (small, for transfer learning)</source>
        <translation>MobileNetV3-Large (klein, für Transferlernen)</translation>
    </message>
    <message>
        <source>EfficientNet-B0 (accurate, for transfer learning)</source>
        <translation>EfficientNet-B0 (genau, für Transferlernen)</translation>
    </message>
    <message>
        <source>ResNet-18 (slow on a CPU)</source>
        <translation>ResNet-18 (auf der CPU langsam)</translation>
    </message>
    <message>
        <source>ResNet-34 (slower)</source>
        <translation>ResNet-34 (langsamer)</translation>
    </message>
    <message>
        <source>ResNet-50 (slowest, most accurate backbone)</source>
        <translation>ResNet-50 (am langsamsten, genauestes Backbone)</translation>
    </message>
</context>
<context>
    <name>ModelFactory</name>
    <message>
        <source>A classifier needs at least two classes (found %1)</source>
        <translation>Ein Klassifikator braucht mindestens zwei Klassen (gefunden: %1)</translation>
    </message>
    <message>
        <source>Unknown architecture &apos;%1&apos; (known: %2)</source>
        <translation>Unbekannte Architektur „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 needs images of at least %2 px (asked for %3)</source>
        <translation>%1 braucht Bilder von mindestens %2 px (angefordert: %3)</translation>
    </message>
    <message>
        <source>%1 is in the catalogue but has no builder</source>
        <translation>%1 steht im Katalog, hat aber keinen Builder</translation>
    </message>
</context>
<context>
    <name>ModelInfo</name>
    <message>
        <source>%1: field &apos;%2&apos; %3</source>
        <translation>%1: Feld „%2“ %3</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3, expected a whole number from %4 to %5</source>
        <translation>%1: Feld „%2“ ist %3, erwartet wird eine ganze Zahl von %4 bis %5</translation>
    </message>
    <message>
        <source>names no known architecture (&apos;%1&apos;; known: %2)</source>
        <translation>nennt keine bekannte Architektur („%1“; bekannt: %2)</translation>
    </message>
    <message>
        <source>is 2, expected 1 (gray) or 3 (RGB)</source>
        <translation>ist 2, erwartet wird 1 (grau) oder 3 (RGB)</translation>
    </message>
    <message>
        <source>holds %1, expected a number from %2 to %3</source>
        <translation>enthält %1, erwartet wird eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>holds %1, expected a number from -%2 to %2</source>
        <translation>enthält %1, erwartet wird eine Zahl von -%2 bis %2</translation>
    </message>
    <message>
        <source>holds an empty, repeated or non-text name</source>
        <translation>enthält einen leeren, doppelten oder nicht textuellen Namen</translation>
    </message>
    <message>
        <source>is not a SHA-256 in hex</source>
        <translation>ist kein SHA-256-Wert in Hexadezimalschreibweise</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 is not a model description (a JSON object)</source>
        <translation>%1 ist keine Modellbeschreibung (kein JSON-Objekt)</translation>
    </message>
    <message numerus="yes">
        <source>has %1 values for %n channel(s)</source>
        <translation>
            <numerusform>hat die falsche Anzahl an Werten: %1 für %n Kanal</numerusform>
            <numerusform>hat die falsche Anzahl an Werten: %1 für %n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n class(es), expected 2 to %2</source>
        <translation>
            <numerusform>enthält %n Klasse, erwartet werden 2 bis %2</numerusform>
            <numerusform>enthält %n Klassen, erwartet werden 2 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelPackage</name>
    <message>
        <source># Image classifier: %1</source>
        <translation># Bildklassifikator: %1</translation>
    </message>
    <message>
        <source>Made with Picta (%1, %2 × %2 px, %3, trained %4).</source>
        <translation>Erstellt mit Picta (%1, %2 × %2 px, %3, trainiert am %4).</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>It was right on %1 % of the pictures held out from training.</source>
        <translation>Bei Bildern, die nicht zum Training verwendet wurden, lag das Modell in %1 % der Fälle richtig.</translation>
    </message>
    <message>
        <source>## Files</source>
        <translation>## Dateien</translation>
    </message>
    <message>
        <source>- `model.onnx` (%1 MB): the network with its preprocessing, ONNX opset 13; OpenCV&apos;s DNN module, ONNX Runtime and other ONNX runtimes read it.</source>
        <translation>- `model.onnx` (%1 MB): das Netz samt Vorverarbeitung, ONNX-Opset 13; lesbar für das DNN-Modul von OpenCV, ONNX Runtime und andere ONNX-Laufzeitumgebungen.</translation>
    </message>
    <message>
        <source>- `predict.py`: classifies image files exactly as Picta does; needs only Python 3 and OpenCV (Debian: `apt install python3-opencv`). Run `python3 predict.py photo.jpg`.</source>
        <translation>- `predict.py`: klassifiziert Bilddateien genau wie Picta; braucht nur Python 3 und OpenCV (Debian: `apt install python3-opencv`). Aufruf: `python3 predict.py photo.jpg`.</translation>
    </message>
    <message>
        <source>- `labels.txt`: the classes, one per line, in the order of the model&apos;s output.</source>
        <translation>- `labels.txt`: die Klassen, eine pro Zeile, in der Reihenfolge der Modellausgabe.</translation>
    </message>
    <message>
        <source>- `model.safetensors`, `model.json`: the same model for Picta (copy both into a project&apos;s `runs/` folder to use it there).</source>
        <translation>- `model.safetensors`, `model.json`: dasselbe Modell für Picta (kopieren Sie beide in den Ordner `runs/` eines Projekts, um es dort zu verwenden).</translation>
    </message>
    <message>
        <source>## Input</source>
        <translation>## Eingabe</translation>
    </message>
    <message>
        <source>`image`: float32 `[batch, %1, %2, %2]`, pixel values 0–255 (not scaled), %3, channels first.</source>
        <translation>`image`: float32 `[batch, %1, %2, %2]`, Pixelwerte 0–255 (nicht skaliert), %3, Kanäle zuerst.</translation>
    </message>
    <message>
        <source>one gray channel</source>
        <translation>ein Graukanal</translation>
    </message>
    <message>
        <source>RGB order</source>
        <translation>RGB-Reihenfolge</translation>
    </message>
    <message>
        <source>To get the same answers as Picta, prepare each image by this rule:</source>
        <translation>Um dieselben Ergebnisse wie Picta zu erhalten, bereiten Sie jedes Bild nach dieser Regel vor:</translation>
    </message>
    <message>
        <source>The normalisation (÷ 255, then − mean, ÷ std per channel, mean %1, std %2) is inside the graph.</source>
        <translation>Die Normalisierung (÷ 255, dann − Mittelwert, ÷ Standardabweichung je Kanal; Mittelwert %1, Standardabweichung %2) ist Teil des Graphen.</translation>
    </message>
    <message>
        <source>## Output</source>
        <translation>## Ausgabe</translation>
    </message>
    <message>
        <source>`probabilities`: float32 `[batch, %1]`, softmax over the classes in this order:</source>
        <translation>`probabilities`: float32 `[batch, %1]`, Softmax über die Klassen in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>The class names and the resize rule are also in the model&apos;s metadata (`picta.classes`, `picta.resize`).</source>
        <translation>Die Klassennamen und die Skalierungsregel stehen auch in den Metadaten des Modells (`picta.classes`, `picta.resize`).</translation>
    </message>
    <message>
        <source>## In your own code (Python and OpenCV)</source>
        <translation>## Im eigenen Code (Python und OpenCV)</translation>
    </message>
    <message>
        <source>predict.py is missing from this build of Picta</source>
        <translation>predict.py fehlt in diesem Picta-Build</translation>
    </message>
    <message numerus="yes">
        <source>- `CREDITS.md`: where the %n training picture(s) with a known source came from, with their licences.</source>
        <translation>
            <numerusform>- `CREDITS.md`: Herkunft und Lizenz von %n Trainingsbild mit bekannter Quelle.</numerusform>
            <numerusform>- `CREDITS.md`: Herkunft und Lizenzen der %n Trainingsbilder mit bekannter Quelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelWeights</name>
    <message>
        <source>%1 missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 has shape %2, the model needs %3</source>
        <translation>%1 hat die Form %2, das Modell braucht %3</translation>
    </message>
    <message>
        <source>%1 does not fit the model: %2</source>
        <translation>%1 passt nicht zum Modell: %2</translation>
    </message>
    <message>
        <source>%1 holds values that are not finite (NaN or infinity)</source>
        <translation>%1 enthält Werte, die nicht endlich sind (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>%1 is damaged or was replaced: its SHA-256 differs from the one model.json recorded</source>
        <translation>%1 ist beschädigt oder wurde ersetzt: Die SHA-256-Prüfsumme weicht von der in model.json eingetragenen ab</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1: only https addresses are fetched (http only from this computer or a mirror you named)</source>
        <translation>%1: Es werden nur https-Adressen abgerufen (http nur von diesem Computer oder einem von Ihnen angegebenen Spiegelserver)</translation>
    </message>
    <message>
        <source>%1: redirected from https to %2, refused</source>
        <translation>%1: Weiterleitung von https auf %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 redirects to %2, refused: %3</source>
        <translation>Weiterleitung von %1 auf %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>Decode the image (JPEG turned upright by its EXIF orientation; transparency composited over white); convert it to %1. Scale it so that its shorter side is %2 px: new width and height = round(side × %2 / shorter side), rounded half away from zero and never below %2, with OpenCV&apos;s INTER_AREA when shrinking and INTER_LINEAR when enlarging (an image already %2×%2 is left as it is). Crop the centre %2×%2 square, its corner at (floor((width − %2) / 2), floor((height − %2) / 2)). Feed the pixel values 0–255 as float32, channels first.</source>
        <translation>Dekodieren Sie das Bild (JPEG gemäß seiner EXIF-Ausrichtung aufgerichtet; Transparenz über Weiß gelegt) und wandeln Sie es in %1 um. Skalieren Sie es so, dass seine kürzere Seite %2 px lang ist: neue Breite und Höhe = round(Seite × %2 / kürzere Seite), wobei Hälften von null weg gerundet werden und das Ergebnis nie unter %2 liegt; beim Verkleinern mit INTER_AREA von OpenCV, beim Vergrößern mit INTER_LINEAR (ein Bild, das bereits %2×%2 groß ist, bleibt unverändert). Schneiden Sie das mittlere Quadrat von %2×%2 aus, mit der Ecke bei (floor((Breite − %2) / 2), floor((Höhe − %2) / 2)). Übergeben Sie die Pixelwerte 0–255 als float32, Kanäle zuerst.</translation>
    </message>
    <message>
        <source>one gray channel (OpenCV&apos;s BGR→gray weights)</source>
        <translation>einen Graukanal (mit den BGR→Grau-Gewichten von OpenCV)</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>%1: mean and std must have one value per channel</source>
        <translation>%1: mean und std müssen einen Wert pro Kanal haben</translation>
    </message>
    <message>
        <source>%1 cannot be exported to ONNX: %2</source>
        <translation>%1 kann nicht nach ONNX exportiert werden: %2</translation>
    </message>
    <message>
        <source>%1: the export failed (%2)</source>
        <translation>%1: Der Export ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: cannot export the model (%2)</source>
        <translation>%1: Das Modell kann nicht exportiert werden (%2)</translation>
    </message>
</context>
<context>
    <name>OnnxGraph</name>
    <message>
        <source>%1: only zero-padded convolutions with explicit padding are exported</source>
        <translation>%1: Nur Faltungen mit expliziter Null-Auffüllung (Padding) werden exportiert</translation>
    </message>
    <message>
        <source>%1: batch normalisation without running statistics or scale</source>
        <translation>%1: Batch-Normalisierung ohne laufende Statistiken oder Skalierung</translation>
    </message>
    <message>
        <source>unknown activation %1</source>
        <translation>unbekannte Aktivierung %1</translation>
    </message>
    <message>
        <source>%1 (%2): only square, floor-mode max pooling is exported</source>
        <translation>%1 (%2): Nur quadratisches Max-Pooling im Floor-Modus wird exportiert</translation>
    </message>
    <message>
        <source>%1 (%2): only adaptive pooling to 1×1 is exported</source>
        <translation>%1 (%2): Nur adaptives Pooling auf 1×1 wird exportiert</translation>
    </message>
    <message>
        <source>layer %1 (%2) has no ONNX form in Picta</source>
        <translation>Schicht %1 (%2) hat in Picta keine ONNX-Entsprechung</translation>
    </message>
    <message>
        <source>the exported graph&apos;s output is not [batch, %1]</source>
        <translation>die Ausgabe des exportierten Graphen ist nicht [batch, %1]</translation>
    </message>
    <message>
        <source>the ONNX checker refused the graph: %1</source>
        <translation>die ONNX-Prüfung hat den Graphen abgelehnt: %1</translation>
    </message>
    <message>
        <source>the ONNX model could not be serialised (over 2 GB?)</source>
        <translation>das ONNX-Modell konnte nicht serialisiert werden (über 2 GB?)</translation>
    </message>
</context>
<context>
    <name>OpenverseSource</name>
    <message>
        <source>%1: not an Openverse answer (no results)</source>
        <translation>%1: keine Antwort von Openverse (Feld „results“ fehlt)</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Grad-CAM needs a map to point at: %1&apos;s last feature maps are %2×%3 at %4 px</source>
        <translation>Grad-CAM braucht eine Karte, auf die es zeigen kann: Die letzten Merkmalskarten von %1 sind bei %4 px nur %2×%3 groß</translation>
    </message>
    <message>
        <source>%1: Grad-CAM failed (%2)</source>
        <translation>%1: Grad-CAM ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the model&apos;s output is not a number (NaN): its weights are damaged</source>
        <translation>die Ausgabe des Modells ist keine Zahl (NaN): Seine Gewichte sind beschädigt</translation>
    </message>
    <message>
        <source>%1: cannot load the model (%2)</source>
        <translation>%1: Das Modell kann nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>the decoded images are %1 px with %2 channel(s), the model takes %3 px with %4</source>
        <translation>die dekodierten Bilder haben %1 px und %2 Kanal/Kanäle, das Modell nimmt %3 px mit %4</translation>
    </message>
</context>
<context>
    <name>PretrainedWeights</name>
    <message numerus="yes">
        <source>; %n unused tensor(s) in the file</source>
        <translation>
            <numerusform>; %n ungenutzter Tensor in der Datei</numerusform>
            <numerusform>; %n ungenutzte Tensoren in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: file %2, network %3</source>
        <translation>%1: Datei %2, Netz %3</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>wrong shape %1</source>
        <translation>falsche Form: %1</translation>
    </message>
    <message>
        <source>%1 does not fit this network: %2</source>
        <translation>%1 passt nicht zu diesem Netz: %2</translation>
    </message>
    <message>
        <source>%1 holds values that are not finite (NaN or infinity)</source>
        <translation>%1 enthält Werte, die nicht endlich sind (NaN oder unendlich)</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) loaded; head replaced (%2)%3</source>
        <translation>
            <numerusform>%n Tensor geladen; Kopf ersetzt (%2)%3</numerusform>
            <numerusform>%n Tensoren geladen; Kopf ersetzt (%2)%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Cannot create the project folder %1</source>
        <translation>Der Projektordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 was written by a newer Picta (format %2)</source>
        <translation>%1 wurde von einer neueren Picta-Version geschrieben (Format %2)</translation>
    </message>
    <message>
        <source>%1 is neither a Picta project nor a folder with one subfolder per class</source>
        <translation>%1 ist weder ein Picta-Projekt noch ein Ordner mit einem Unterordner je Klasse</translation>
    </message>
    <message>
        <source>folder is not readable</source>
        <translation>Ordner ist nicht lesbar</translation>
    </message>
    <message>
        <source>file is not readable</source>
        <translation>Datei ist nicht lesbar</translation>
    </message>
    <message>
        <source>not an image file type (.%1)</source>
        <translation>kein Bilddateityp (.%1)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 is not a project description (a JSON object)</source>
        <translation>%1 ist keine Projektbeschreibung (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>%1: images_dir &quot;%2&quot; %3</source>
        <translation>%1: images_dir „%2“ %3</translation>
    </message>
    <message>
        <source>%1: class &quot;%2&quot; is not allowed: %3</source>
        <translation>%1: Klasse „%2“ ist nicht zulässig: %3</translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation>ein leerer Name</translation>
    </message>
    <message>
        <source>a name may not start with a dot</source>
        <translation>Ein Name darf nicht mit einem Punkt beginnen</translation>
    </message>
    <message>
        <source>a name may not contain &apos;/&apos;, &apos;\&apos; or control characters</source>
        <translation>Ein Name darf weder „/“ noch „\“ noch Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved</source>
        <translation>„%1“ ist reserviert</translation>
    </message>
    <message>
        <source>is outside the project folder</source>
        <translation>liegt außerhalb des Projektordners</translation>
    </message>
    <message>
        <source>leads outside the project folder (to %1)</source>
        <translation>führt aus dem Projektordner hinaus (nach %1)</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>class &apos;%1&apos; has no folder (0 images)</source>
        <translation>Klasse „%1“ hat keinen Ordner (0 Bilder)</translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is a file, not a folder (0 images)</source>
        <translation>Klasse „%1“ ist eine Datei, kein Ordner (0 Bilder)</translation>
    </message>
    <message>
        <source>class folder is a link that leads outside the project</source>
        <translation>Klassenordner ist ein Link, der aus dem Projekt hinausführt</translation>
    </message>
    <message>
        <source>a link that leads outside the project (not used)</source>
        <translation>ein Link, der aus dem Projekt hinausführt (nicht verwendet)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Cannot create the quarantine folder %1</source>
        <translation>Der Quarantäneordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot be moved to the quarantine</source>
        <translation>%1: kann nicht in die Quarantäne verschoben werden</translation>
    </message>
    <message>
        <source>No quarantined item %1</source>
        <translation>Kein Eintrag %1 in der Quarantäne</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 cannot be moved back to %2</source>
        <translation>%1 kann nicht nach %2 zurückverschoben werden</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): the quarantine is left as it is; repair or move the file away</source>
        <translation>%1 ist beschädigt (%2): Die Quarantäne bleibt unverändert; reparieren Sie die Datei oder verschieben Sie sie an einen anderen Ort</translation>
    </message>
    <message>
        <source>%1: not in the project</source>
        <translation>%1: nicht im Projekt</translation>
    </message>
    <message>
        <source>%1 leads outside the project (a link): nothing is restored there</source>
        <translation>%1 führt aus dem Projekt hinaus (ein Link): Dort wird nichts wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined file(s) could not be deleted</source>
        <translation>
            <numerusform>%n Datei in der Quarantäne konnte nicht gelöscht werden</numerusform>
            <numerusform>%n Dateien in der Quarantäne konnten nicht gelöscht werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankBoard</name>
    <message>
        <source>Rank %1 failed: %2</source>
        <translation>Rang %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Rank(s) %1 stopped answering (the process ended, its machine cannot be reached, or it did not reply within %2 s), so this rank stops too (stage: %3)</source>
        <translation>Rang/Ränge %1 antworten nicht mehr (der Prozess endete, sein Rechner ist nicht erreichbar, oder er antwortete nicht innerhalb von %2 s), daher hält auch dieser Rang an (Schritt: %3)</translation>
    </message>
    <message>
        <source>Rank(s) %1 of %2 did not arrive within %3 s (stage: %4): each rank must be started, with the same WORLD_SIZE, MASTER_ADDR and MASTER_PORT</source>
        <translation>Rang/Ränge %1 von %2 sind nicht innerhalb von %3 s eingetroffen (Schritt: %4): jeder Rang muss gestartet werden, mit denselben WORLD_SIZE, MASTER_ADDR und MASTER_PORT</translation>
    </message>
    <message>
        <source>Rank %1 is at another step (%2) than this rank (%3): the ranks were started differently (a resumed run on some ranks only?)</source>
        <translation>Rang %1 ist bei einem anderen Schritt (%2) als dieser Rang (%3): die Ränge wurden verschieden gestartet (ein fortgesetzter Lauf nur auf einigen Rängen?)</translation>
    </message>
    <message>
        <source>Rank %1&apos;s %2 differ(s) from rank 0&apos;s: every rank must run the same Picta on the same project and settings</source>
        <translation>Rang %1 weicht bei %2 von Rang 0 ab: jeder Rang muss dasselbe Picta mit demselben Projekt und denselben Einstellungen ausführen</translation>
    </message>
    <message>
        <source>Rank 0 did not share %1 within %2 s</source>
        <translation>Rang 0 hat %1 nicht innerhalb von %2 s geteilt</translation>
    </message>
</context>
<context>
    <name>RedditSource</name>
    <message>
        <source>Reddit needs your own app&apos;s client id and secret (reddit.com/prefs/apps); none is set</source>
        <translation>Reddit benötigt Client-ID und Secret Ihrer eigenen App (reddit.com/prefs/apps); es ist nichts davon eingerichtet</translation>
    </message>
    <message>
        <source>%1: no access token in the answer (check the client id and secret)</source>
        <translation>%1: kein Zugriffstoken in der Antwort (prüfen Sie Client-ID und Secret)</translation>
    </message>
</context>
<context>
    <name>RunAdvice</name>
    <message>
        <source>It got every test picture right. Try it on pictures unlike the ones it learned from: that is where it will slip.</source>
        <translation>Das Modell hat jedes Testbild richtig erkannt. Probieren Sie es mit Bildern aus, die anders sind als die, aus denen es gelernt hat: Dort wird es Fehler machen.</translation>
    </message>
    <message>
        <source>It is least sure about %1: add more %1 pictures, as varied as you can.</source>
        <translation>Am unsichersten ist das Modell bei „%1“: Fügen Sie weitere Bilder von „%1“ hinzu, so abwechslungsreich wie möglich.</translation>
    </message>
    <message numerus="yes">
        <source>Its weakest class is %1, and it took %2 of %n %4 picture(s) for %5: add more %4 pictures, especially ones that could pass for %5 (other backgrounds, angles and lighting).</source>
        <translation>
            <numerusform>Die schwächste Klasse des Modells ist „%1“, und von %n Bild von „%4“ hielt es %2 für „%5“: Fügen Sie weitere Bilder von „%4“ hinzu, besonders solche, die als „%5“ durchgehen könnten (andere Hintergründe, Blickwinkel und Beleuchtung).</numerusform>
            <numerusform>Die schwächste Klasse des Modells ist „%1“, und von %n Bildern von „%4“ hielt es %2 für „%5“: Fügen Sie weitere Bilder von „%4“ hinzu, besonders solche, die als „%5“ durchgehen könnten (andere Hintergründe, Blickwinkel und Beleuchtung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunEvaluator</name>
    <message>
        <source>%1 has no images of the run&apos;s classes (%2)</source>
        <translation>%1 enthält keine Bilder der Klassen dieses Laufs (%2)</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>Auswertung abgebrochen</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create a run folder in %1</source>
        <translation>In %1 kann kein Ordner für den Lauf erstellt werden</translation>
    </message>
    <message>
        <source>%1 does not list epochs 1 to %2: the run folder is damaged</source>
        <translation>%1 führt nicht die Epochen 1 bis %2 auf: Der Ordner des Laufs ist beschädigt</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Cannot complete the interrupted save of %1 in %2</source>
        <translation>Das unterbrochene Speichern von %1 in %2 kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is being trained by another program (%2)</source>
        <translation>%1 wird gerade von einem anderen Programm trainiert (%2)</translation>
    </message>
    <message>
        <source>Cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>SafeTensors</name>
    <message>
        <source>%1: not a safetensors file (shorter than its 8-byte header length)</source>
        <translation>%1: keine safetensors-Datei (kürzer als ihre 8 Byte lange Header-Längenangabe)</translation>
    </message>
    <message>
        <source>%1: header length %2 exceeds the file</source>
        <translation>%1: Die Header-Länge %2 ist größer als die Datei</translation>
    </message>
    <message>
        <source>%1: header is not a JSON object (%2)</source>
        <translation>%1: Der Header ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: __metadata__ is not an object</source>
        <translation>%1: __metadata__ ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: metadata value %2 is not a string</source>
        <translation>%1: Metadatenwert %2 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: tensor %2 has unknown dtype &apos;%3&apos;</source>
        <translation>%1: Tensor %2 hat den unbekannten dtype „%3“</translation>
    </message>
    <message>
        <source>%1: tensor %2 lacks a shape or data_offsets</source>
        <translation>%1: Bei Tensor %2 fehlen shape oder data_offsets</translation>
    </message>
    <message>
        <source>%1: tensor %2 has an invalid shape</source>
        <translation>%1: Tensor %2 hat eine ungültige Form (shape)</translation>
    </message>
    <message>
        <source>%1: tensor %2 lies outside the file (offsets %3–%4, data %5 bytes)</source>
        <translation>%1: Tensor %2 liegt außerhalb der Datei (Offsets %3–%4, Daten %5 Bytes)</translation>
    </message>
    <message>
        <source>%1: tensor %2 has %3 bytes but its shape needs %4</source>
        <translation>%1: Tensor %2 hat %3 Bytes, seine Form erfordert aber %4</translation>
    </message>
    <message>
        <source>%1: tensor %2 overlaps another or leaves a gap</source>
        <translation>%1: Tensor %2 überlappt einen anderen oder lässt eine Lücke</translation>
    </message>
    <message>
        <source>%1: %2 bytes after the last tensor</source>
        <translation>%1: %2 Bytes nach dem letzten Tensor</translation>
    </message>
</context>
<context>
    <name>SketchDemo</name>
    <message>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>zigzag</source>
        <translation>Zickzack</translation>
    </message>
    <message>
        <source>Sketch demo</source>
        <translation>Skizzen-Demo</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>StartingWeights</name>
    <message>
        <source>Pretrained weights from %1: %2</source>
        <translation>Vortrainierte Gewichte aus %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreIndex</name>
    <message>
        <source>its checksum does not match</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>it is not a Picta decoded-image index of version %1</source>
        <translation>kein Picta-Index für dekodierte Bilder in Version %1</translation>
    </message>
    <message numerus="yes">
        <source>it is for %1 px with %n channel(s)</source>
        <translation>
            <numerusform>angelegt für %1 px mit %n Kanal</numerusform>
            <numerusform>angelegt für %1 px mit %n Kanälen</numerusform>
        </translation>
    </message>
    <message>
        <source>it was made for another images folder</source>
        <translation>für einen anderen Bildordner angelegt</translation>
    </message>
    <message>
        <source>its header is inconsistent</source>
        <translation>Header ist inkonsistent</translation>
    </message>
    <message>
        <source>entry %1 is invalid</source>
        <translation>Eintrag %1 ist ungültig</translation>
    </message>
    <message>
        <source>its length is wrong</source>
        <translation>Länge ist falsch</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 needs at least two classes to train (found %2)</source>
        <translation>%1 braucht zum Trainieren mindestens zwei Klassen (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1 has no training images</source>
        <translation>%1 enthält keine Trainingsbilder</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>The decoded images need %1 MiB, more than the %2 MiB memory limit, and cannot be kept on disk either: lower the image size or raise the limit</source>
        <translation>Die dekodierten Bilder benötigen %1 MiB, mehr als die Speichergrenze von %2 MiB, und können auch nicht auf der Festplatte abgelegt werden: Verringern Sie die Bildgröße oder erhöhen Sie die Grenze</translation>
    </message>
    <message>
        <source>in memory (%1 MiB)</source>
        <translation>im Arbeitsspeicher (%1 MiB)</translation>
    </message>
    <message>
        <source>The decoded images cannot be kept on disk: %1</source>
        <translation>Die dekodierten Bilder können nicht auf der Festplatte abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Decoded images in %1: %2 decoded now, %3 reused, %4 moved, %5 dropped</source>
        <translation>Dekodierte Bilder in %1: %2 neu dekodiert, %3 wiederverwendet, %4 verschoben, %5 verworfen</translation>
    </message>
    <message>
        <source>in memory (%1 MiB, read from %2)</source>
        <translation>im Arbeitsspeicher (%1 MiB, gelesen aus %2)</translation>
    </message>
    <message>
        <source>on disk (%1 MiB in %2, over the %3 MiB memory budget): read batch by batch</source>
        <translation>auf der Festplatte (%1 MiB in %2, über dem Speicherbudget von %3 MiB): werden Batch für Batch gelesen</translation>
    </message>
    <message>
        <source>Decoded images: %1</source>
        <translation>Dekodierte Bilder: %1</translation>
    </message>
    <message>
        <source>The decoded images could not be compacted (%1): they take more disk space than needed</source>
        <translation>Die dekodierten Bilder konnten nicht verdichtet werden (%1): Dadurch belegen sie mehr Speicherplatz als nötig</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n training image(s) could be read</source>
        <translation>
            <numerusform>Das einzige Trainingsbild konnte nicht gelesen werden</numerusform>
            <numerusform>Keines der %n Trainingsbilder konnte gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPlanner</name>
    <message>
        <source>%1: a classifier needs at least two classes</source>
        <translation>%1: Ein Klassifikator braucht mindestens zwei Klassen</translation>
    </message>
    <message>
        <source>pretrained weights were turned off</source>
        <translation>vortrainierte Gewichte wurden ausgeschaltet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a backbone Picta knows</source>
        <translation>„%1“ ist kein Backbone, das Picta kennt</translation>
    </message>
    <message>
        <source>ImageNet weights are not on this computer and %1 cannot be reached now</source>
        <translation>ImageNet-Gewichte liegen nicht auf diesem Computer vor und %1 ist gerade nicht erreichbar</translation>
    </message>
    <message>
        <source>Picta could not read the pictures&apos; size, so it trains a small network from scratch at the project&apos;s size (%1 px); check the pictures (Dataset tab, Check images).</source>
        <translation>Picta konnte die Größe der Bilder nicht lesen und trainiert deshalb ein kleines Netz von Grund auf, in der Bildgröße des Projekts (%1 px); prüfen Sie die Bilder (Registerkarte „Datensatz“, „Bilder prüfen“).</translation>
    </message>
    <message>
        <source>Your pictures are small and gray (%1 px): a small network learns them from scratch, quickly and well.</source>
        <translation>Ihre Bilder sind klein und in Graustufen (%1 px): Ein kleines Netz lernt sie schnell und gut von Grund auf.</translation>
    </message>
    <message>
        <source>Your pictures are small (%1 px): a small network learns them from scratch, quickly and well.</source>
        <translation>Ihre Bilder sind klein (%1 px): Ein kleines Netz lernt sie schnell und gut von Grund auf.</translation>
    </message>
    <message>
        <source>It looks at them at %1×%1 pixels, the project&apos;s size.</source>
        <translation>Es betrachtet sie mit %1×%1 Pixeln, der Bildgröße des Projekts.</translation>
    </message>
    <message>
        <source>It looks at them at %1×%1 pixels, their own size.</source>
        <translation>Es betrachtet sie mit %1×%1 Pixeln, ihrer eigenen Größe.</translation>
    </message>
    <message>
        <source>Your pictures are photos: Picta starts from a network that has already learned to see from a million photos (%1, ImageNet), and teaches it your classes (fine-tuning). This needs far fewer examples.</source>
        <translation>Ihre Bilder sind Fotos: Picta beginnt mit einem Netz, das an einer Million Fotos bereits sehen gelernt hat (%1, ImageNet), und bringt ihm Ihre Klassen bei (Feinabstimmung). Dafür braucht es weit weniger Beispiele.</translation>
    </message>
    <message>
        <source>It looks at them at 224×224 pixels, the size that network was trained at.</source>
        <translation>Es betrachtet sie mit 224×224 Pixeln, der Größe, mit der dieses Netz trainiert wurde.</translation>
    </message>
    <message>
        <source>It looks at them at 128×128 pixels: on this computer&apos;s processor (no graphics card), smaller pictures train several times faster and lose little.</source>
        <translation>Es betrachtet sie mit 128×128 Pixeln: Auf dem Prozessor dieses Computers (ohne Grafikkarte) trainieren kleinere Bilder um ein Vielfaches schneller und büßen dabei wenig ein.</translation>
    </message>
    <message>
        <source>Your pictures are photos, but %1, so Picta trains a network from scratch. That needs many more pictures per class (hundreds) to do well; connect to the internet and plan again to start from a pretrained one.</source>
        <translation>Ihre Bilder sind Fotos, aber %1, deshalb trainiert Picta ein Netz von Grund auf. Damit das gut gelingt, braucht es viel mehr Bilder pro Klasse (Hunderte); stellen Sie eine Internetverbindung her und planen Sie neu, um von einem vortrainierten Netz auszugehen.</translation>
    </message>
    <message>
        <source>no pretrained network is at hand</source>
        <translation>es ist kein vortrainiertes Netz zur Hand</translation>
    </message>
    <message>
        <source>It looks at them at 64×64 pixels, which a network trained from scratch on a processor can manage.</source>
        <translation>Es betrachtet sie mit 64×64 Pixeln, was ein von Grund auf trainiertes Netz auf einem Prozessor bewältigen kann.</translation>
    </message>
    <message>
        <source>No pictures are set aside for testing, so Picta cannot tell how good the model is.</source>
        <translation>Es sind keine Bilder zum Testen beiseitegelegt, daher kann Picta nicht sagen, wie gut das Modell ist.</translation>
    </message>
    <message>
        <source>The learning rate (how big each correction is) starts at %1 and follows a one-cycle schedule: it rises, then falls, so training settles at the end.</source>
        <translation>Die Lernrate (wie groß jede Korrektur ist) beginnt bei %1 und folgt einem One-Cycle-Verlauf: Erst steigt sie, dann fällt sie, sodass das Training am Ende zur Ruhe kommt.</translation>
    </message>
    <message>
        <source>Some classes have fewer than 10 pictures: expect guesses. 50 or more per class make a real difference.</source>
        <translation>Einige Klassen haben weniger als 10 Bilder: Rechnen Sie eher mit Raten als mit Erkennen. 50 oder mehr pro Klasse machen einen echten Unterschied.</translation>
    </message>
    <message>
        <source>Some classes have fewer than 50 pictures: more examples, varied, will help most.</source>
        <translation>Einige Klassen haben weniger als 50 Bilder: Mehr Beispiele, möglichst abwechslungsreich, helfen am meisten.</translation>
    </message>
    <message>
        <source>The learning rate (how big each correction is) is %1, chosen by trying rates from tiny to huge on your pictures and taking the one where the error fell fastest; it rises, then falls (one-cycle), so training settles at the end.</source>
        <translation>Die Lernrate (wie groß jede Korrektur ist) beträgt %1; Picta hat dafür Raten von winzig bis riesig an Ihren Bildern ausprobiert und die genommen, bei der der Fehler am schnellsten sank. Erst steigt sie, dann fällt sie (One-Cycle), sodass das Training am Ende zur Ruhe kommt.</translation>
    </message>
    <message>
        <source>On this computer (%1) that should take %2 at most; early stopping may end it sooner.</source>
        <translation>Auf diesem Computer (%1) sollte das höchstens %2 dauern; vorzeitiges Beenden kann es noch verkürzen.</translation>
    </message>
    <message>
        <source>graphics card</source>
        <translation>Grafikkarte</translation>
    </message>
    <message numerus="yes">
        <source>%n processor cores</source>
        <translation>
            <numerusform>%n Prozessorkern</numerusform>
            <numerusform>%n Prozessorkerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking at the pictures</source>
        <translation>Bilder werden untersucht</translation>
    </message>
    <message>
        <source>Trying learning rates</source>
        <translation>Lernraten werden ausprobiert</translation>
    </message>
    <message>
        <source>The learning-rate search failed (%1); the default rate is used.</source>
        <translation>Die Lernratensuche ist fehlgeschlagen (%1); die Standard-Lernrate wird verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) through your pictures (epochs): first one that trains only the new last layer, then %2 that adjust the whole network, its early layers least.</source>
        <translation>
            <numerusform>%n Durchgang durch Ihre Bilder (Epoche): zuerst einer, der nur die neue letzte Schicht trainiert, dann %2, die das ganze Netz anpassen, die vorderen Schichten am wenigsten.</numerusform>
            <numerusform>%n Durchgänge durch Ihre Bilder (Epochen): zuerst einer, der nur die neue letzte Schicht trainiert, dann %2, die das ganze Netz anpassen, die vorderen Schichten am wenigsten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 rounds through your %n training picture(s) (epochs), %3 at a time.</source>
        <translation>
            <numerusform>Bis zu %1 Durchgänge durch Ihr %n Trainingsbild (Epochen), jeweils %3 auf einmal.</numerusform>
            <numerusform>Bis zu %1 Durchgänge durch Ihre %n Trainingsbilder (Epochen), jeweils %3 auf einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training stops early when %1 rounds in a row bring no improvement on the %n picture(s) set aside for testing, and keeps the best round&apos;s network.</source>
        <translation>
            <numerusform>Das Training endet vorzeitig, wenn %1 Durchgänge in Folge keine Verbesserung bei dem %n zum Testen beiseitegelegten Bild bringen, und behält das Netz aus dem besten Durchgang.</numerusform>
            <numerusform>Das Training endet vorzeitig, wenn %1 Durchgänge in Folge keine Verbesserung bei den %n zum Testen beiseitegelegten Bildern bringen, und behält das Netz aus dem besten Durchgang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n training picture(s) in the smallest class, each picture is shown slightly changed every round (cropped, mirrored, turned, lighter or darker), so the network learns the subject, not the picture.</source>
        <translation>
            <numerusform>Bei %n Trainingsbild in der kleinsten Klasse wird jedes Bild in jedem Durchgang leicht verändert gezeigt (zugeschnitten, gespiegelt, gedreht, heller oder dunkler), so lernt das Netz das Motiv und nicht das einzelne Bild.</numerusform>
            <numerusform>Bei %n Trainingsbildern in der kleinsten Klasse wird jedes Bild in jedem Durchgang leicht verändert gezeigt (zugeschnitten, gespiegelt, gedreht, heller oder dunkler), so lernt das Netz das Motiv und nicht das einzelne Bild.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classes are uneven (%1 to %n training picture(s)): mistakes on the smaller ones count more, so they are not ignored.</source>
        <translation>
            <numerusform>Die Klassen sind ungleich groß (%1 bis %n Trainingsbild): Fehler bei den kleineren zählen stärker, damit sie nicht übergangen werden.</numerusform>
            <numerusform>Die Klassen sind ungleich groß (%1 bis %n Trainingsbilder): Fehler bei den kleineren zählen stärker, damit sie nicht übergangen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Unknown schedule &apos;%1&apos; (known: %2)</source>
        <translation>Unbekannter Lernratenverlauf „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>Early stopping watches val_loss or val_accuracy, not &apos;%1&apos;</source>
        <translation>Vorzeitiges Beenden überwacht val_loss oder val_accuracy, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 has a fixed input size: progressive resizing needs a network with global pooling (e.g. vgg)</source>
        <translation>%1 hat eine feste Eingabegröße: Die schrittweise Vergrößerung braucht ein Netz mit globalem Pooling (z. B. vgg)</translation>
    </message>
    <message>
        <source>Getting pretrained weights %1…</source>
        <translation>Vortrainierte Gewichte %1 werden geladen…</translation>
    </message>
    <message>
        <source>%1 is damaged: its step is &apos;%2&apos;, expected 0 to %3</source>
        <translation>%1 ist beschädigt: Der Schritt darin ist „%2“, erwartet wurde 0 bis %3</translation>
    </message>
    <message>
        <source>Epoch %1: images now %2×%2 px</source>
        <translation>Epoche %1: Bilder jetzt %2×%2 px</translation>
    </message>
    <message>
        <source>The loss became %1 in epoch %2: lower the learning rate (now %3)</source>
        <translation>Der Verlust wurde in Epoche %2 zu %1: Verringern Sie die Lernrate (derzeit %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: its epoch is &apos;%2&apos;, model.json says %3 of %n epoch(s) were completed</source>
        <translation>
            <numerusform>%1 ist beschädigt: Die Epoche darin ist „%2“, laut model.json wurde %3 von %n Epoche abgeschlossen</numerusform>
            <numerusform>%1 ist beschädigt: Die Epoche darin ist „%2“, laut model.json wurden %3 von %n Epochen abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The frozen backbone ran once over the %n image(s) in %2 s: the head trains on their features</source>
        <translation>
            <numerusform>Das eingefrorene Backbone ist einmal in %2 s über das %n Bild gelaufen: Der Kopf trainiert auf dessen Merkmalen</numerusform>
            <numerusform>Das eingefrorene Backbone ist einmal in %2 s über die %n Bilder gelaufen: Der Kopf trainiert auf deren Merkmalen</numerusform>
        </translation>
    </message>
    <message>
        <source>images (their files, classes or split, or which of them could be read)</source>
        <translation>den Bildern (ihren Dateien, Klassen oder der Aufteilung, oder welche davon lesbar waren)</translation>
    </message>
    <message numerus="yes">
        <source>%1 was trained on %n rank(s): resume it with as many (now %2)</source>
        <translation>
            <numerusform>%1 wurde auf %n Rang trainiert: mit ebenso vielen fortsetzen (jetzt %2)</numerusform>
            <numerusform>%1 wurde auf %n Rängen trainiert: mit ebenso vielen fortsetzen (jetzt %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>resume point (epoch, step, kept weights)</source>
        <translation>dem Fortsetzungspunkt (Epoche, Schritt, behaltene Gewichte)</translation>
    </message>
    <message>
        <source>weights or early-stopping state after epoch %1</source>
        <translation>den Gewichten oder dem Stand des frühen Abbruchs nach Epoche %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>VideoFileSource</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot be read (permissions)</source>
        <translation>%1: kann nicht gelesen werden (Zugriffsrechte)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not a video that can be read here (no decoder for it, or the file is damaged)</source>
        <translation>%1 ist kein Video, das hier gelesen werden kann (kein Decoder dafür vorhanden oder die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>%1 holds no picture that can be decoded</source>
        <translation>%1 enthält kein Bild, das dekodiert werden kann</translation>
    </message>
    <message>
        <source>%1: its pictures are %2×%3, too large or of an unknown kind</source>
        <translation>%1: Die Bilder sind %2×%3 – zu groß oder von unbekannter Art</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: frame %2 is %3×%4, too large or of an unknown kind</source>
        <translation>%1: Einzelbild %2 ist %3×%4 – zu groß oder von unbekannter Art</translation>
    </message>
    <message>
        <source>%1: frame %2 cannot be decoded (%3)</source>
        <translation>%1: Einzelbild %2 kann nicht dekodiert werden (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends early: %2 of the %n frame(s) it announces could be read (%4 s of %5 s); the rest of the file is missing or damaged</source>
        <translation>
            <numerusform>%1 endet vorzeitig: Angekündigt ist %n Einzelbild, gelesen werden konnten %2 (%4 s von %5 s); der Rest der Datei fehlt oder ist beschädigt</numerusform>
            <numerusform>%1 endet vorzeitig: %2 der %n angekündigten Einzelbilder konnten gelesen werden (%4 s von %5 s); der Rest der Datei fehlt oder ist beschädigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WikimediaSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>empty name</source>
        <translation>leerer Name</translation>
    </message>
    <message>
        <source>backslash in the name</source>
        <translation>Backslash im Namen</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>&apos;..&apos; would leave the import folder</source>
        <translation>„..“ würde den Importordner verlassen</translation>
    </message>
    <message>
        <source>NUL character in the name</source>
        <translation>NUL-Zeichen im Namen</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a zip archive (no end-of-central-directory record)</source>
        <translation>%1: kein ZIP-Archiv (Ende des zentralen Verzeichnisses nicht gefunden)</translation>
    </message>
    <message>
        <source>%1: Zip64 archives are not supported</source>
        <translation>%1: Zip64-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: the central directory lies beyond the end of the file (truncated archive)</source>
        <translation>%1: Das zentrale Verzeichnis liegt hinter dem Dateiende (abgeschnittenes Archiv)</translation>
    </message>
    <message>
        <source>%1: corrupt central directory (entry %2)</source>
        <translation>%1: beschädigtes zentrales Verzeichnis (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1: encrypted entries are not supported</source>
        <translation>%1: verschlüsselte Einträge werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: compression method %2 is not supported</source>
        <translation>%1: Kompressionsmethode %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: %2 bytes is over the cap of %3</source>
        <translation>%1: %2 Bytes liegen über der Obergrenze von %3 Bytes</translation>
    </message>
    <message>
        <source>%1: corrupt local header</source>
        <translation>%1: beschädigter lokaler Header</translation>
    </message>
    <message>
        <source>%1: truncated data</source>
        <translation>%1: abgeschnittene Daten</translation>
    </message>
    <message>
        <source>%1: cannot start inflating</source>
        <translation>%1: Entpacken kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: corrupt compressed data</source>
        <translation>%1: beschädigte komprimierte Daten</translation>
    </message>
    <message>
        <source>%1: CRC mismatch (corrupt archive)</source>
        <translation>%1: CRC stimmt nicht überein (beschädigtes Archiv)</translation>
    </message>
    <message>
        <source>%1: corrupt entry (stored sizes differ)</source>
        <translation>%1: beschädigter Eintrag (gespeicherte Größen weichen voneinander ab)</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>%1: cannot compress</source>
        <translation>%1: kann nicht komprimiert werden</translation>
    </message>
    <message>
        <source>%1: the archive would pass 4 GB</source>
        <translation>%1: Das Archiv würde 4 GB überschreiten</translation>
    </message>
    <message>
        <source>too many entries for a zip archive without zip64</source>
        <translation>zu viele Einträge für ein ZIP-Archiv ohne Zip64</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Zoo</name>
    <message>
        <source>&apos;%1&apos; is neither a file nor a known backbone (%2)</source>
        <translation>„%1“ ist weder eine Datei noch ein bekanntes Backbone (%2)</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Herunterladen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build your own image classifier.</source>
        <translation>Erstellen Sie Ihren eigenen Bildklassifikator.</translation>
    </message>
    <message>
        <source>Open the built-in demo project.</source>
        <translation>Das eingebaute Demoprojekt öffnen.</translation>
    </message>
    <message>
        <source>A project folder to open.</source>
        <translation>Ein Projektordner, der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it shows, then quit.</source>
        <translation>Sobald das Fenster erscheint, ein Bildschirmfoto davon in FILE speichern und dann beenden.</translation>
    </message>
    <message>
        <source>cannot save a picture of the window to %1</source>
        <translation>Bildschirmfoto des Fensters kann nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>picta</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file would exceed the file size limit</source>
        <translation>die Datei würde die maximale Dateigröße überschreiten</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create the folder %2</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>%1 MB is over the limit of %2 MB</source>
        <translation>%1 MB liegen über der Grenze von %2 MB</translation>
    </message>
    <message>
        <source>over the limit of %1 MB</source>
        <translation>über der Grenze von %1 MB</translation>
    </message>
    <message>
        <source>%1: training setting &apos;%2&apos; is %3, expected %4</source>
        <translation>%1: Trainingseinstellung „%2“ ist %3, erwartet wird %4</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>picta::AboutDialog</name>
    <message>
        <source>About Picta</source>
        <translation>Über Picta</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Picta %1&lt;/h2&gt;&lt;p&gt;Build your own image classifier: collect images, train a network, and use it — without writing code.&lt;/p&gt;&lt;p&gt;Licence: %2. Picta comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Picta %1&lt;/h2&gt;&lt;p&gt;Erstellen Sie Ihren eigenen Bildklassifikator: Bilder sammeln, ein neuronales Netz trainieren und es nutzen – ganz ohne Programmieren.&lt;/p&gt;&lt;p&gt;Lizenz: %2. Für Picta besteht KEINERLEI GARANTIE.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotheken&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>picta::AugmentationGrid</name>
    <message>
        <source>Show &amp;augmented samples</source>
        <translation>Augmentierte Beispiele an&amp;zeigen</translation>
    </message>
    <message numerus="yes">
        <source>With augmentation on, every epoch shows the network a new random crop, flip, small rotation and lighting change of each image. Each row is one image, drawn %n time(s).</source>
        <translation>
            <numerusform>Mit eingeschalteter Augmentierung zeigt jede Epoche dem Netz jedes Bild neu: zufällig zugeschnitten, gespiegelt, leicht gedreht und anders beleuchtet. Jede Zeile ist ein Bild, %n-mal zufällig verändert.</numerusform>
            <numerusform>Mit eingeschalteter Augmentierung zeigt jede Epoche dem Netz jedes Bild neu: zufällig zugeschnitten, gespiegelt, leicht gedreht und anders beleuchtet. Jede Zeile ist ein Bild, %n-mal zufällig verändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::CaptureDialog</name>
    <message>
        <source>Collect from a camera</source>
        <translation>Bilder mit der Kamera sammeln</translation>
    </message>
</context>
<context>
    <name>picta::CapturePanel</name>
    <message>
        <source>Choose a camera or a video file above.</source>
        <translation>Wählen Sie oben eine Kamera oder eine Videodatei.</translation>
    </message>
    <message>
        <source>The class the pictures go into; type a new name to make a class</source>
        <translation>Die Klasse, in die die Bilder kommen; geben Sie einen neuen Namen ein, um eine Klasse anzulegen</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>How many pictures are saved each second while you hold Record</source>
        <translation>Wie viele Bilder pro Sekunde gespeichert werden, solange Sie die Aufnahme-Schaltfläche gedrückt halten</translation>
    </message>
    <message>
        <source>&amp;Mirror the picture</source>
        <translation>Bild &amp;spiegeln</translation>
    </message>
    <message>
        <source>Shows the picture as a mirror does. Saved pictures are never mirrored.</source>
        <translation>Zeigt das Bild wie ein Spiegel. Gespeicherte Bilder werden nie gespiegelt.</translation>
    </message>
    <message>
        <source>Hold to record (Space)</source>
        <translation>Zum Aufnehmen gedrückt halten (Leertaste)</translation>
    </message>
    <message>
        <source>Hold the button (or Space) down: pictures are saved while it is held</source>
        <translation>Halten Sie die Schaltfläche (oder die Leertaste) gedrückt: Solange sie gedrückt ist, werden Bilder gespeichert</translation>
    </message>
    <message>
        <source>S&amp;nap one</source>
        <translation>Ein Bild &amp;knipsen</translation>
    </message>
    <message>
        <source>Save into &amp;class:</source>
        <translation>In K&amp;lasse speichern:</translation>
    </message>
    <message>
        <source>&amp;Pictures:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
    <message>
        <source>Playing %1…</source>
        <translation>%1 wird abgespielt…</translation>
    </message>
    <message numerus="yes">
        <source>%1. Recording stopped; the %n picture(s) saved so far are kept.</source>
        <translation>
            <numerusform>%1. Aufnahme abgebrochen; %n bereits gespeichertes Bild bleibt erhalten.</numerusform>
            <numerusform>%1. Aufnahme abgebrochen; die %n bereits gespeicherten Bilder bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The video has ended. Choose it again to play it once more.</source>
        <translation>Das Video ist zu Ende. Wählen Sie es erneut, um es noch einmal abzuspielen.</translation>
    </message>
    <message>
        <source>Open a project you can write to first: the pictures are saved into it.</source>
        <translation>Öffnen Sie zuerst ein Projekt, in das Sie schreiben dürfen: Die Bilder werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Choose or type the class the pictures go into first.</source>
        <translation>Wählen Sie zuerst die Klasse für die Bilder aus oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>There is no picture to record: choose a camera or a video file first.</source>
        <translation>Es gibt kein Bild zum Aufnehmen: Wählen Sie zuerst eine Kamera oder eine Videodatei.</translation>
    </message>
    <message>
        <source>To snap a picture, open a project, choose a class and a camera or a video file.</source>
        <translation>Um ein Bild zu knipsen, öffnen Sie ein Projekt und wählen Sie eine Klasse sowie eine Kamera oder eine Videodatei.</translation>
    </message>
    <message numerus="yes">
        <source>Recording into &apos;%1&apos;: %n picture(s)</source>
        <translation>
            <numerusform>Aufnahme in „%1“: %n Bild</numerusform>
            <numerusform>Aufnahme in „%1“: %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) saved; the last ones went into &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Bild in „%1“ gespeichert</numerusform>
            <numerusform>%n Bilder gespeichert, die letzten in „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold Record (or Space) while you show the object from different sides.</source>
        <translation>Halten Sie die Aufnahme-Schaltfläche (oder die Leertaste) gedrückt, während Sie den Gegenstand von verschiedenen Seiten zeigen.</translation>
    </message>
</context>
<context>
    <name>picta::ClassMetricsTable</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>picta::ClassPanel</name>
    <message>
        <source>Show one class; drop images here to give them that class</source>
        <translation>Zeigt eine Klasse; legen Sie Bilder hier ab, um sie dieser Klasse zuzuordnen</translation>
    </message>
    <message>
        <source>&amp;Add class…</source>
        <translation>Neue &amp;Klasse…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Zusammen&amp;führen…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Class balance</source>
        <translation>Klassenverteilung</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Name der neuen Klasse:</translation>
    </message>
    <message>
        <source>Choose a class in the list first</source>
        <translation>Wählen Sie zuerst eine Klasse in der Liste aus</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Klasse umbenennen</translation>
    </message>
    <message>
        <source>New name for &apos;%1&apos;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Choose the class to merge in the list first</source>
        <translation>Wählen Sie zuerst die Klasse, die zusammengeführt werden soll, in der Liste aus</translation>
    </message>
    <message>
        <source>Merge class</source>
        <translation>Klasse zusammenführen</translation>
    </message>
    <message>
        <source>Move every image of &apos;%1&apos; into:</source>
        <translation>Alle Bilder von „%1“ verschieben nach:</translation>
    </message>
</context>
<context>
    <name>picta::ClassSidebar</name>
    <message>
        <source>All images (%1)</source>
        <translation>Alle Bilder (%1)</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>    %1 (%2)</source>
        <translation>    %1 (%2)</translation>
    </message>
    <message>
        <source>0  Unlabelled (%1)</source>
        <translation>0  Nicht zugeordnet (%1)</translation>
    </message>
</context>
<context>
    <name>picta::ClassesPage</name>
    <message>
        <source>1 · What should it tell apart?</source>
        <translation>1 · Was soll unterschieden werden?</translation>
    </message>
    <message>
        <source>Give each kind of picture a name: these are the classes your classifier will choose between.</source>
        <translation>Geben Sie jeder Art von Bild einen Namen: Das sind die Klassen, zwischen denen Ihr Klassifikator wählen wird.</translation>
    </message>
    <message>
        <source>My classifier</source>
        <translation>Mein Klassifikator</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Add a class</source>
        <translation>Klasse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a class (Insert)</source>
        <translation>Klasse hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected class (Delete); a class that already has pictures stays</source>
        <translation>Ausgewählte Klasse entfernen (Entf); eine Klasse, die schon Bilder enthält, bleibt erhalten</translation>
    </message>
    <message>
        <source>For example: &lt;i&gt;cat&lt;/i&gt; and &lt;i&gt;dog&lt;/i&gt;; &lt;i&gt;ripe&lt;/i&gt; and &lt;i&gt;unripe&lt;/i&gt; bananas; &lt;i&gt;recycling&lt;/i&gt;, &lt;i&gt;compost&lt;/i&gt; and &lt;i&gt;rubbish&lt;/i&gt;; &lt;i&gt;circle&lt;/i&gt;, &lt;i&gt;square&lt;/i&gt; and &lt;i&gt;triangle&lt;/i&gt; drawings. Double-click a name (or press F2) to change it.</source>
        <translation>Zum Beispiel: &lt;i&gt;Katze&lt;/i&gt; und &lt;i&gt;Hund&lt;/i&gt;; &lt;i&gt;reife&lt;/i&gt; und &lt;i&gt;unreife&lt;/i&gt; Bananen; &lt;i&gt;Wertstoffe&lt;/i&gt;, &lt;i&gt;Kompost&lt;/i&gt; und &lt;i&gt;Restmüll&lt;/i&gt;; Zeichnungen von &lt;i&gt;Kreis&lt;/i&gt;, &lt;i&gt;Quadrat&lt;/i&gt; und &lt;i&gt;Dreieck&lt;/i&gt;. Doppelklicken Sie auf einen Namen (oder drücken Sie F2), um ihn zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Klassen:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has pictures, so it stays. Remove them on the Dataset tab first if you really want it gone.</source>
        <translation>„%1“ enthält bereits Bilder und bleibt deshalb erhalten. Entfernen Sie die Bilder zuerst auf der Registerkarte „Datensatz“, wenn die Klasse wirklich verschwinden soll.</translation>
    </message>
    <message>
        <source>Give the classifier a name.</source>
        <translation>Geben Sie dem Klassifikator einen Namen.</translation>
    </message>
    <message>
        <source>Choose a folder for it.</source>
        <translation>Wählen Sie einen Ordner dafür.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a class name: %2</source>
        <translation>„%1“ kann kein Klassenname sein: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice.</source>
        <translation>„%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Name at least two classes: a classifier chooses between things.</source>
        <translation>Geben Sie mindestens zwei Klassen an: Ein Klassifikator wählt immer zwischen mehreren Möglichkeiten.</translation>
    </message>
    <message>
        <source>%1 already holds a project: choose another folder, or open that project with File ▸ Open project.</source>
        <translation>%1 enthält bereits ein Projekt: Wählen Sie einen anderen Ordner oder öffnen Sie dieses Projekt über Datei ▸ Projekt öffnen.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 ist nicht leer: Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The class &apos;%1&apos; could not be set up; see the status bar.</source>
        <translation>Die Klasse „%1“ konnte nicht angelegt werden; siehe Statusleiste.</translation>
    </message>
    <message>
        <source>A new or empty folder for the classifier</source>
        <translation>Ein neuer oder leerer Ordner für den Klassifikator</translation>
    </message>
</context>
<context>
    <name>picta::CollectPage</name>
    <message>
        <source>2 · Collect examples, class by class</source>
        <translation>2 · Beispiele sammeln, Klasse für Klasse</translation>
    </message>
    <message>
        <source>Pick a class on the left and give it pictures: search the web, import a folder, drop or paste pictures, or draw. At least %1 per class; %2 or more work much better.</source>
        <translation>Wählen Sie links eine Klasse und geben Sie ihr Bilder: Suchen Sie im Netz, importieren Sie einen Ordner, ziehen Sie Bilder hierher, fügen Sie sie ein oder zeichnen Sie. Mindestens %1 je Klasse; mit %2 oder mehr klappt es viel besser.</translation>
    </message>
    <message>
        <source>Pictures of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bilder der Klasse &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Openverse (Creative Commons pictures)</source>
        <translation>Openverse (Creative-Commons-Bilder)</translation>
    </message>
    <message>
        <source>Wikimedia Commons</source>
        <translation>Wikimedia Commons</translation>
    </message>
    <message>
        <source>iNaturalist (animals and plants, by species name)</source>
        <translation>iNaturalist (Tiere und Pflanzen, nach Artname)</translation>
    </message>
    <message>
        <source>Free to change and share (modification allowed)</source>
        <translation>Frei veränder- und teilbar (Bearbeitung erlaubt)</translation>
    </message>
    <message>
        <source>Free for any use, also commercial</source>
        <translation>Frei für jede Nutzung, auch kommerziell</translation>
    </message>
    <message>
        <source>Public domain only (CC0)</source>
        <translation>Nur gemeinfrei (CC0)</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Beliebige Lizenz</translation>
    </message>
    <message>
        <source>Only pictures whose licence allows this are downloaded; each picture&apos;s licence and author are kept</source>
        <translation>Nur Bilder, deren Lizenz dies erlaubt, werden heruntergeladen; Lizenz und Urheber jedes Bildes werden gespeichert</translation>
    </message>
    <message>
        <source> pictures</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <source>&amp;Search the web</source>
        <translation>Im &amp;Netz suchen</translation>
    </message>
    <message>
        <source>From the web</source>
        <translation>Aus dem Netz</translation>
    </message>
    <message>
        <source>Search fo&amp;r:</source>
        <translation>&amp;Suchbegriff:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>A folder of pictures of %1</source>
        <translation>Ordner mit Bildern für %1</translation>
    </message>
    <message>
        <source>Import a &amp;zip…</source>
        <translation>ZIP &amp;importieren…</translation>
    </message>
    <message>
        <source>A zip archive of pictures of %1</source>
        <translation>ZIP-Archiv mit Bildern für %1</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Draw…</source>
        <translation>Zei&amp;chnen…</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Kamera…</translation>
    </message>
    <message>
        <source>Show the object to a camera and hold Record: ten pictures a second</source>
        <translation>Zeigen Sie den Gegenstand einer Kamera und halten Sie die Aufnahme-Schaltfläche gedrückt: zehn Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>…or drop picture files here, or paste one (Ctrl+V).</source>
        <translation>…oder ziehen Sie Bilddateien hierher oder fügen Sie ein Bild ein (Strg+V).</translation>
    </message>
    <message>
        <source>Downloading pictures of %1: %2 of %3 so far%4</source>
        <translation>Bilder für %1 werden heruntergeladen: bisher %2 von %3%4</translation>
    </message>
    <message>
        <source> · searches waiting: %1</source>
        <translation> · wartende Suchen: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Enough pictures to go on; downloads keep running in the background.</source>
        <translation>Genug Bilder zum Weitermachen; die Downloads laufen im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>%1 will be searched next (searches waiting: %2).</source>
        <translation>%1 ist als Nächstes an der Reihe (wartende Suchen: %2).</translation>
    </message>
    <message>
        <source>Searching %1 for “%2”…</source>
        <translation>Suche in %1 nach „%2“…</translation>
    </message>
    <message>
        <source>The search for %1 failed: %2</source>
        <translation>Die Suche nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 downloaded</source>
        <translation>%1: %2 heruntergeladen</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 already in the project</source>
        <translation>, %1 schon im Projekt</translation>
    </message>
    <message>
        <source> (nothing found: try other words)</source>
        <translation> (nichts gefunden: Versuchen Sie andere Begriffe)</translation>
    </message>
    <message>
        <source>An import is running: add %1 when it has finished.</source>
        <translation>Ein Import läuft: Fügen Sie %1 hinzu, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>%1 wird in %2 importiert…</translation>
    </message>
    <message>
        <source>%1: %2 imported</source>
        <translation>%1: %2 importiert</translation>
    </message>
    <message>
        <source>, %1 skipped (first: %2)</source>
        <translation>, %1 übersprungen (erste: %2)</translation>
    </message>
    <message>
        <source>Importing: %1 of %2</source>
        <translation>Import: %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Pasted picture added to %1</source>
        <translation>Eingefügtes Bild zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>The pasted picture cannot be added: %1</source>
        <translation>Das eingefügte Bild kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every class needs at least %n picture(s) before training (%2).</source>
        <translation>
            <numerusform>Jede Klasse braucht vor dem Training mindestens %n Bild (%2).</numerusform>
            <numerusform>Jede Klasse braucht vor dem Training mindestens %n Bilder (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go on. Classes with fewer than %n picture(s) (%2) will get more answers wrong: add more when you can.</source>
        <translation>
            <numerusform>Sie können weitermachen. Bei Klassen mit weniger als %n Bild (%2) liegt das Modell öfter falsch: Fügen Sie mehr hinzu, wenn Sie können.</numerusform>
            <numerusform>Sie können weitermachen. Bei Klassen mit weniger als %n Bildern (%2) liegt das Modell öfter falsch: Fügen Sie mehr hinzu, wenn Sie können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every class has %n or more pictures: a good start.</source>
        <translation>
            <numerusform>Jede Klasse hat %n oder mehr Bilder: ein guter Anfang.</numerusform>
            <numerusform>Jede Klasse hat %n oder mehr Bilder: ein guter Anfang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Choose a run to see its confusion matrix</source>
        <translation>Wählen Sie einen Lauf, um seine Konfusionsmatrix zu sehen</translation>
    </message>
    <message>
        <source>true ↓  predicted →</source>
        <translation>tatsächlich ↓  vorhergesagt →</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of &apos;%2&apos; predicted as &apos;%3&apos; (%4 % of the row)</source>
        <translation>
            <numerusform>%n Bild von „%2“ als „%3“ vorhergesagt (%4 % der Zeile)</numerusform>
            <numerusform>%n Bilder von „%2“ als „%3“ vorhergesagt (%4 % der Zeile)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::DatasetModel</name>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>
loss of the latest run: %1</source>
        <translation>
Verlust im neuesten Lauf: %1</translation>
    </message>
</context>
<context>
    <name>picta::DatasetTab</name>
    <message numerus="yes">
        <source>%n image(s) · 1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</source>
        <translation>
            <numerusform>%n Bild · 1–9: zuordnen · 0: Nicht zugeordnet · Entf: Quarantäne · Leertaste: Vorschau · Strg+Z: rückgängig</numerusform>
            <numerusform>%n Bilder · 1–9: zuordnen · 0: Nicht zugeordnet · Entf: Quarantäne · Leertaste: Vorschau · Strg+Z: rückgängig</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Nach Dateiname filtern</translation>
    </message>
    <message>
        <source>Sort by class and name</source>
        <translation>Nach Klasse und Name sortieren</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort by size, largest first</source>
        <translation>Nach Größe sortieren, größte zuerst</translation>
    </message>
    <message>
        <source>Sort by date, newest first</source>
        <translation>Nach Datum sortieren, neueste zuerst</translation>
    </message>
    <message>
        <source>Sort by the latest run&apos;s loss, highest first</source>
        <translation>Nach Verlust (neuester Lauf), höchster zuerst</translation>
    </message>
    <message>
        <source>&amp;Check images…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Find corrupt, truncated, too small, too large and animated files</source>
        <translation>Beschädigte, abgeschnittene, zu kleine, zu große und animierte Dateien finden</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>D&amp;uplikate…</translation>
    </message>
    <message>
        <source>Group exact and near duplicates, including mirrored and rotated copies</source>
        <translation>Exakte Duplikate und Beinahe-Duplikate gruppieren, auch gespiegelte und gedrehte Kopien</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Quarantäne…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo</source>
        <translation>1–9: zuordnen · 0: Nicht zugeordnet · Entf: Quarantäne · Leertaste: Vorschau · Strg+Z: rückgängig</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Quarantine (%1)…</source>
        <translation>&amp;Quarantäne (%1)…</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>removed by the user</source>
        <translation>von Hand entfernt</translation>
    </message>
    <message>
        <source>Train a model first: sorting by loss needs a run</source>
        <translation>Trainieren Sie zuerst ein Modell: Zum Sortieren nach Verlust ist ein Trainingslauf nötig</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s) with the latest run…</source>
        <translation>
            <numerusform>%n Bild wird mit dem neuesten Lauf bewertet…</numerusform>
            <numerusform>%n Bilder werden mit dem neuesten Lauf bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorted by the latest run&apos;s loss: the images it finds most wrong come first</source>
        <translation>Nach Verlust im neuesten Lauf sortiert: Die Bilder, bei denen das Modell am stärksten danebenliegt, stehen vorn</translation>
    </message>
    <message>
        <source>Scoring images with the latest run: %1 of %2</source>
        <translation>Bilder werden mit dem neuesten Lauf bewertet: %1 von %2</translation>
    </message>
    <message>
        <source>Ca&amp;mera…</source>
        <translation>Ka&amp;mera…</translation>
    </message>
    <message>
        <source>Collect pictures from a camera (or a video file): hold Record while showing the object</source>
        <translation>Bilder mit einer Kamera (oder aus einer Videodatei) sammeln: Halten Sie die Aufnahme-Schaltfläche gedrückt, während Sie den Gegenstand zeigen</translation>
    </message>
    <message>
        <source>Open or create a project first; the pictures are saved into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt; die Bilder werden darin gespeichert.</translation>
    </message>
</context>
<context>
    <name>picta::DrawTab</name>
    <message>
        <source>Brush size ([ and ])</source>
        <translation>Pinselgröße ([ und ])</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the canvas (Delete); Undo brings it back</source>
        <translation>Zeichenfläche leeren (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>Brush:</source>
        <translation>Pinsel:</translation>
    </message>
    <message>
        <source>Train a model first, or open the sketch demo and train it (a minute).</source>
        <translation>Trainieren Sie zuerst ein Modell oder öffnen Sie die Skizzen-Demo und trainieren Sie sie (dauert eine Minute).</translation>
    </message>
    <message>
        <source>What the model sees: the drawing cropped to its ink, centred and resized</source>
        <translation>Was das Modell sieht: die Zeichnung auf ihre Striche zugeschnitten, zentriert und skaliert</translation>
    </message>
    <message>
        <source>C&amp;ollect drawings for the dataset</source>
        <translation>Zeichnungen für den Datensatz sa&amp;mmeln</translation>
    </message>
    <message>
        <source>&amp;Save drawing (Enter)</source>
        <translation>Zeichnung s&amp;peichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>What the
model sees</source>
        <translation>Was das
Modell sieht</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es): %2</source>
        <translation>
            <numerusform>%1 · %n Klasse: %2</numerusform>
            <numerusform>%1 · %n Klassen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as a drawing of &apos;%1&apos;</source>
        <translation>Als Zeichnung für „%1“ gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The drawing cannot be saved: %1</source>
        <translation>Die Zeichnung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>picta::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>How many of the 64 hash bits may differ: higher finds more altered copies, and more false matches</source>
        <translation>Wie viele der 64 Hash-Bits abweichen dürfen: Höhere Werte finden mehr veränderte Kopien, aber auch mehr Fehltreffer</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>&amp;Similarity threshold (bits):</source>
        <translation>Ähnlichkeits&amp;schwelle (Bits):</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Quarantine the unticked</source>
        <translation>Nicht behaltene in die &amp;Quarantäne verschieben</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>Dateien werden aufgelistet…</translation>
    </message>
    <message>
        <source>Searching %1 of %2</source>
        <translation>Suche: %1 von %2</translation>
    </message>
    <message>
        <source>Group %1: identical files</source>
        <translation>Gruppe %1: identische Dateien</translation>
    </message>
    <message>
        <source>Group %1: near duplicates</source>
        <translation>Gruppe %1: Beinahe-Duplikate</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message numerus="yes">
        <source>Hashing %1 of %n image(s), about %3 s left</source>
        <translation>
            <numerusform>Hashwerte werden berechnet: %1 von %n Bild, noch etwa %3 s</numerusform>
            <numerusform>Hashwerte werden berechnet: %1 von %n Bildern, noch etwa %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) among %1 images</source>
        <translation>
            <numerusform>%n Gruppe unter %1 Bildern</numerusform>
            <numerusform>%n Gruppen unter %1 Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n copies would go to the quarantine (%1 s).</source>
        <translation>
            <numerusform>; %n Kopie käme in die Quarantäne (%1 s).</numerusform>
            <numerusform>; %n Kopien kämen in die Quarantäne (%1 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::EvaluateTab</name>
    <message>
        <source>Show &amp;shares of each true class</source>
        <translation>Anteile je wahrer &amp;Klasse zeigen</translation>
    </message>
    <message>
        <source>Row-normalised: each row sums to 100 %</source>
        <translation>Zeilenweise normiert: Jede Zeile ergibt zusammen 100 %</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>Validierungsdaten</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Most wrong first (top losses)</source>
        <translation>Größte Fehler zuerst (größte Verluste)</translation>
    </message>
    <message>
        <source>Least sure first</source>
        <translation>Unsicherste zuerst</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>No run yet: train a model on the Train tab first.</source>
        <translation>Noch kein Trainingslauf: Trainieren Sie zuerst ein Modell auf der Registerkarte „Trainieren“.</translation>
    </message>
    <message>
        <source>Evaluating %1 on the %2…</source>
        <translation>%1 wird mit den %2 ausgewertet…</translation>
    </message>
    <message>
        <source>Labelled %1</source>
        <translation>Zugeordnet: %1</translation>
    </message>
    <message>
        <source>%1 → %2
%3 %</source>
        <translation>%1 → %2
%3 %</translation>
    </message>
    <message>
        <source>%1
labelled %2, predicted %3 with %4 %, loss %5</source>
        <translation>%1
zugeordnet: %2, vorhergesagt: %3 mit %4 %, Verlust %5</translation>
    </message>
    <message>
        <source>Images of &apos;%1&apos; predicted as &apos;%2&apos; (%3). %4</source>
        <translation>Bilder von „%1“, vorhergesagt als „%2“ (%3). %4</translation>
    </message>
    <message>
        <source>The images the model is least sure about. %1</source>
        <translation>Die Bilder, bei denen sich das Modell am wenigsten sicher ist. %1</translation>
    </message>
    <message>
        <source>Top losses: the images the model is most wrong about. %1</source>
        <translation>Größte Verluste: die Bilder, bei denen das Modell am stärksten danebenliegt. %1</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>jetzt: %1</translation>
    </message>
    <message>
        <source>quarantined from the top losses of run %1</source>
        <translation>aus den größten Verlusten von Lauf %1 in die Quarantäne verschoben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop evaluating (Esc)</source>
        <translation>Auswertung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Auswertung angehalten.</translation>
    </message>
    <message>
        <source>Select and press a number to relabel (%1), Del to quarantine; Ctrl+Z undoes (here or on the Dataset tab).</source>
        <translation>Wählen Sie Bilder aus und drücken Sie eine Ziffer, um sie neu zuzuordnen (%1), oder Entf für die Quarantäne; Strg+Z macht das rückgängig (hier oder auf der Registerkarte „Datensatz“).</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>picta::EvaluationSummary</name>
    <message>
        <source>Choose a run</source>
        <translation>Wählen Sie einen Lauf</translation>
    </message>
    <message>
        <source>%1 taken for %2 (%3×)</source>
        <translation>%1 für %2 gehalten (%3×)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>aus den Validierungsdaten</translation>
    </message>
    <message>
        <source>training</source>
        <translation>aus den Trainingsdaten</translation>
    </message>
    <message>
        <source>(no validation split: all)</source>
        <translation>(ohne Validierungsaufteilung: alle)</translation>
    </message>
    <message>
        <source> Most confused: %1.</source>
        <translation> Am häufigsten verwechselt: %1.</translation>
    </message>
    <message numerus="yes">
        <source> %n image(s) could not be read.</source>
        <translation>
            <numerusform> %n Bild konnte nicht gelesen werden.</numerusform>
            <numerusform> %n Bilder konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Accuracy %1 %&lt;/b&gt; on %n %3 image(s).%4%5</source>
        <translation>
            <numerusform>&lt;b&gt;Genauigkeit %1 %&lt;/b&gt; bei %n Bild %3.%4%5</numerusform>
            <numerusform>&lt;b&gt;Genauigkeit %1 %&lt;/b&gt; bei %n Bildern %3.%4%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ExportButton</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the model for use outside Picta: as ONNX for other programs, or as a package (.zip) with a ready-to-run Python script and instructions</source>
        <translation>Modell zur Verwendung außerhalb von Picta speichern: als ONNX für andere Programme oder als Paket (.zip) mit startbereitem Python-Skript und Anleitung</translation>
    </message>
    <message>
        <source>Model package: ONNX, weights, README, Python script (*.zip)</source>
        <translation>Modellpaket: ONNX, Gewichte, README, Python-Skript (*.zip)</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX-Modell (*.onnx)</translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the model to %1…</source>
        <translation>Modell wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Exported the model to %1 (%2 MB, %3 s)</source>
        <translation>Modell nach %1 exportiert (%2 MB, %3 s)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>picta::FeedbackPanel</name>
    <message>
        <source>Your answers (feedback confusion matrix)</source>
        <translation>Ihre Antworten (Konfusionsmatrix der Rückmeldungen)</translation>
    </message>
    <message>
        <source>Answer under a prediction (✓ or the right class) and your answers add up here.</source>
        <translation>Antworten Sie unter einer Vorhersage (✓ oder die richtige Klasse); hier werden Ihre Antworten zusammengezählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) about this model; it was right in %1 % of them.</source>
        <translation>
            <numerusform>%n Antwort zu diesem Modell; es lag in %1 % davon richtig.</numerusform>
            <numerusform>%n Antworten zu diesem Modell; es lag in %1 % davon richtig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::FileDownloader</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB allowed</source>
        <translation>%1 ist %2 MB groß, mehr als die erlaubten %3 MB</translation>
    </message>
    <message>
        <source>%1 exceeds the %2 MB allowed</source>
        <translation>%1 überschreitet die erlaubten %2 MB</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: got %2 of %3 bytes</source>
        <translation>%1: %2 von %3 Bytes empfangen</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: SHA-256 mismatch (expected %2, got %3)</source>
        <translation>%1: SHA-256 stimmt nicht überein (erwartet %2, erhalten %3)</translation>
    </message>
    <message>
        <source>Cannot move the download to %1</source>
        <translation>Der Download kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>%1: download cancelled</source>
        <translation>%1: Download abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n redirect(s)</source>
        <translation>
            <numerusform>%1: mehr als %n Weiterleitung</numerusform>
            <numerusform>%1: mehr als %n Weiterleitungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ImageIntake</name>
    <message>
        <source>The clipboard&apos;s image cannot be read</source>
        <translation>Das Bild in der Zwischenablage kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an image (supported: %2)</source>
        <translation>%1 ist kein Bild (unterstützt: %2)</translation>
    </message>
</context>
<context>
    <name>picta::ImagePreviewDialog</name>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>Diese Datei kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
</context>
<context>
    <name>picta::IntegrityDialog</name>
    <message>
        <source>Check images</source>
        <translation>Bilder prüfen</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>Dateien werden aufgelistet…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Quarantine all</source>
        <translation>Alle in die &amp;Quarantäne verschieben</translation>
    </message>
    <message>
        <source>Every file is a usable image.</source>
        <translation>Alle Dateien sind brauchbare Bilder.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with problems; quarantining keeps them restorable.</source>
        <translation>
            <numerusform>%n Datei mit Problemen; in der Quarantäne bleibt sie wiederherstellbar.</numerusform>
            <numerusform>%n Dateien mit Problemen; in der Quarantäne bleiben sie wiederherstellbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n file(s) %3</source>
        <translation>
            <numerusform>%1 von %n Datei geprüft %3</numerusform>
            <numerusform>%1 von %n Dateien geprüft %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::LearningCurves</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>⚠ Since epoch %1 the validation loss has risen while the training loss kept falling: the model is starting to memorise its training images instead of learning what tells the classes apart (overfitting). Early stopping keeps the best epoch; more images or augmentation help.</source>
        <translation>⚠ Seit Epoche %1 steigt der Validierungsverlust, während der Trainingsverlust weiter sinkt: Das Modell beginnt, seine Trainingsbilder auswendig zu lernen, statt zu lernen, woran sich die Klassen unterscheiden (Überanpassung). Vorzeitiges Beenden behält die beste Epoche; mehr Bilder oder Datenaugmentierung helfen.</translation>
    </message>
    <message>
        <source>Training and validation loss fell together: no sign of overfitting.</source>
        <translation>Trainings- und Validierungsverlust sind gemeinsam gesunken: kein Anzeichen von Überanpassung.</translation>
    </message>
</context>
<context>
    <name>picta::LiveCameraPanel</name>
    <message>
        <source>Choose a camera or a video file above.</source>
        <translation>Wählen Sie oben eine Kamera oder eine Videodatei.</translation>
    </message>
    <message>
        <source>Mi&amp;rror the picture</source>
        <translation>Bild s&amp;piegeln</translation>
    </message>
    <message>
        <source>R&amp;ight</source>
        <translation>&amp;Richtig</translation>
    </message>
    <message>
        <source>The answer about the picture now is right: it counts in the table of answers</source>
        <translation>Die Antwort zum aktuellen Bild ist richtig: Sie zählt in der Antworttabelle</translation>
    </message>
    <message>
        <source>&amp;Wrong, it was:</source>
        <translation>Falsch, es &amp;war:</translation>
    </message>
    <message>
        <source>Also &amp;keep the picture in the dataset</source>
        <translation>Bild a&amp;uch im Datensatz behalten</translation>
    </message>
    <message>
        <source>The video has ended. Choose it again to play it once more.</source>
        <translation>Das Video ist zu Ende. Wählen Sie es erneut, um es noch einmal abzuspielen.</translation>
    </message>
    <message>
        <source>Choose a trained model above: its answers appear here.</source>
        <translation>Wählen Sie oben ein trainiertes Modell: Seine Antworten erscheinen hier.</translation>
    </message>
    <message>
        <source>Answered %1 ms after the picture was taken (the model took %2 ms) · %3 answers a second</source>
        <translation>Antwort %1 ms nach der Aufnahme (das Modell brauchte %2 ms) · %3 Antworten pro Sekunde</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 bei %2 s</translation>
    </message>
</context>
<context>
    <name>picta::LrFinder</name>
    <message>
        <source>The learning-rate finder failed: %1</source>
        <translation>Die Lernratensuche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>picta::LrFinderPlot</name>
    <message>
        <source>learning rate (log scale)</source>
        <translation>Lernrate (logarithmisch)</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>Verlust (geglättet)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Press Find… beside the learning rate to try rates from 1e-7 to 10 on a few batches.</source>
        <translation>Klicken Sie neben der Lernrate auf „Suchen…“, um Lernraten von 1e-7 bis 10 an einigen Batches auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Use this learning rate</source>
        <translation>Diese Lernrate &amp;übernehmen</translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt; (where the loss falls fastest over the longest stretch; steepest point %2, minimum ÷ 10 %3)</source>
        <translation>Vorgeschlagene Lernrate: &lt;b&gt;%1&lt;/b&gt; (wo der Verlust über die längste Strecke am schnellsten fällt; steilster Punkt %2, Minimum ÷ 10 %3)</translation>
    </message>
</context>
<context>
    <name>picta::MainWindow</name>
    <message>
        <source>Picta</source>
        <translation>Picta</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>Open a project or the demo from the File menu</source>
        <translation>Öffnen Sie ein Projekt oder die Demo über das Menü „Datei“</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Picta</source>
        <translation>Ü&amp;ber Picta</translation>
    </message>
    <message>
        <source>%1 — Picta</source>
        <translation>%1 — Picta</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Creating the demo project from Fashion-MNIST…</source>
        <translation>Demoprojekt wird aus Fashion-MNIST erstellt…</translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation>Das Demoprojekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Choose a folder with one subfolder of images per class, or an empty folder</source>
        <translation>Wählen Sie einen Ordner mit je einem Unterordner voller Bilder pro Klasse oder einen leeren Ordner</translation>
    </message>
    <message>
        <source>Open a Picta project folder</source>
        <translation>Picta-Projektordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>Dat&amp;ensatz</translation>
    </message>
    <message>
        <source>Open or create a project first; images are imported into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt; die Bilder werden dorthin importiert.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>%n Bild importiert</numerusform>
            <numerusform>%n Bilder importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; new classes: %1</source>
        <translation>; neue Klassen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>. %n file(s) skipped:</source>
        <translation>
            <numerusform>. %n Datei übersprungen:</numerusform>
            <numerusform>. %n Dateien übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import folder of images…</source>
        <translation>Bildordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a folder (one subfolder per class, or loose images)</source>
        <translation>Ordner importieren (ein Unterordner pro Klasse oder lose Bilder)</translation>
    </message>
    <message>
        <source>Import &amp;zip archive or URL list…</source>
        <translation>ZIP-Archiv oder URL-&amp;Liste importieren…</translation>
    </message>
    <message>
        <source>Import a zip archive or a text file of image URLs</source>
        <translation>ZIP-Archiv oder Textdatei mit Bild-URLs importieren</translation>
    </message>
    <message>
        <source>Zip archives and URL lists (*.zip *.txt *.csv);;All files (*)</source>
        <translation>ZIP-Archive und URL-Listen (*.zip *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>D&amp;raw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <source>Open &amp;sketch demo (shapes to draw)</source>
        <translation>&amp;Skizzen-Demo öffnen (Formen zum Zeichnen)</translation>
    </message>
    <message>
        <source>Drawing the sketch demo…</source>
        <translation>Skizzen-Demo wird gezeichnet…</translation>
    </message>
    <message>
        <source>S&amp;crape</source>
        <translation>&amp;Sammeln</translation>
    </message>
    <message>
        <source>You were building this classifier step by step.</source>
        <translation>Sie waren dabei, diesen Klassifikator Schritt für Schritt zu erstellen.</translation>
    </message>
    <message>
        <source>&amp;Continue where I stopped</source>
        <translation>&amp;Weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>Es läuft bereits ein Import; warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>&amp;New classifier…</source>
        <translation>&amp;Neuer Klassifikator…</translation>
    </message>
    <message>
        <source>New project from &amp;folder…</source>
        <translation>Neues Projekt aus &amp;Ordner…</translation>
    </message>
    <message>
        <source>Import frames from &amp;video…</source>
        <translation>Einzelbilder aus &amp;Video importieren…</translation>
    </message>
    <message>
        <source>Open or create a project first; the frames are imported into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt; die Einzelbilder werden dorthin importiert.</translation>
    </message>
    <message>
        <source>Collect from ca&amp;mera…</source>
        <translation>Mit der &amp;Kamera sammeln…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>An import into %1 is running: cancel it before opening another project.</source>
        <translation>Ein Import in %1 läuft: Brechen Sie ihn ab, bevor Sie ein anderes Projekt öffnen.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Picta</source>
        <translation>%1 (schreibgeschützt) — Picta</translation>
    </message>
    <message>
        <source>This project is read-only (%1): you can look at it and try its models, but nothing can be added, changed or trained here. Copy the folder somewhere you can write to, to work on it.</source>
        <translation>Dieses Projekt ist schreibgeschützt (%1): Sie können es ansehen und seine Modelle ausprobieren, aber hier nichts hinzufügen, ändern oder trainieren. Um daran zu arbeiten, kopieren Sie den Ordner an einen Ort, an dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>A model is training: stop it first, or wait for it to finish.</source>
        <translation>Gerade wird ein Modell trainiert: Halten Sie das Training zuerst an oder warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>The demo is ready: open it from the File menu</source>
        <translation>Die Demo ist bereit: Öffnen Sie sie über das Menü „Datei“</translation>
    </message>
    <message>
        <source>Start with a new classifier, or open a demo</source>
        <translation>Beginnen Sie mit einem neuen Klassifikator oder öffnen Sie eine Demo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language shows when Picta starts again. Restart Picta now?</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Picta. Picta jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>picta::ModelServer</name>
    <message>
        <source>no model to share</source>
        <translation>kein Modell zum Teilen</translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation>Port %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>picta::NewClassifierWizard</name>
    <message>
        <source>New classifier</source>
        <translation>Neuer Klassifikator</translation>
    </message>
    <message>
        <source>Close (continue later)</source>
        <translation>Schließen (später weitermachen)</translation>
    </message>
</context>
<context>
    <name>picta::PredictTab</name>
    <message>
        <source>The trained model to use</source>
        <translation>Das zu verwendende trainierte Modell</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>Bilder ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>No trained model yet: train one on the Train tab first.</source>
        <translation>Noch kein trainiertes Modell: Trainieren Sie zuerst eines auf der Registerkarte „Trainieren“.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source> · validation accuracy %1%</source>
        <translation> · Validierungsgenauigkeit %1 %</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>No trained model to use yet: train one on the Train tab first.</source>
        <translation>Noch kein trainiertes Modell verfügbar: Trainieren Sie zuerst eines auf der Registerkarte „Trainieren“.</translation>
    </message>
    <message>
        <source>Show where it &amp;looked (Grad-CAM)</source>
        <translation>Zeigen, w&amp;orauf es schaut (Grad-CAM)</translation>
    </message>
    <message>
        <source>A heat map over each image: red where the model found the evidence for its answer</source>
        <translation>Eine Heatmap über jedem Bild: rot, wo das Modell die Hinweise für seine Antwort gefunden hat</translation>
    </message>
    <message>
        <source>Drop image files, folders or images from a web page here, paste one (Ctrl+V), or press Ctrl+Shift+O.</source>
        <translation>Ziehen Sie Bilddateien, Ordner oder Bilder von einer Webseite hierher, fügen Sie eines ein (Strg+V) oder drücken Sie Strg+Umschalt+O.</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as &apos;%2&apos;</source>
        <translation>%1 als „%2“ zum Datensatz hinzugefügt</translation>
    </message>
    <message>
        <source>Classifying %v of %m images</source>
        <translation>Klassifizierung: %v von %m Bildern</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Te&amp;ilen…</translation>
    </message>
    <message>
        <source>Let others use the model from a web page: on this computer, or on phones on the same network</source>
        <translation>Andere das Modell über eine Webseite nutzen lassen: auf diesem Computer oder auf Handys im selben Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>Classify the live picture of a camera (or of a video file) as it comes</source>
        <translation>Das Livebild einer Kamera (oder einer Videodatei) fortlaufend klassifizieren</translation>
    </message>
    <message>
        <source>Recorded: right, %1</source>
        <translation>Vermerkt: richtig, %1</translation>
    </message>
    <message>
        <source>Recorded: it was %1, not %2</source>
        <translation>Vermerkt: Es war %1, nicht %2</translation>
    </message>
    <message>
        <source>Added the picture to the dataset as &apos;%1&apos;</source>
        <translation>Bild als „%1“ zum Datensatz hinzugefügt</translation>
    </message>
    <message>
        <source>S&amp;haring…</source>
        <translation>Wird gete&amp;ilt…</translation>
    </message>
    <message>
        <source>Sharing the model at %1</source>
        <translation>Modell wird unter %1 geteilt</translation>
    </message>
    <message>
        <source>Stopped sharing the model</source>
        <translation>Teilen des Modells beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es): %3%4</source>
        <translation>
            <numerusform>%1 · %n Klasse: %3%4</numerusform>
            <numerusform>%1 · %n Klassen: %3%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::PredictionCard</name>
    <message>
        <source>Classifying…</source>
        <translation>Wird klassifiziert…</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message>
        <source>Grad-CAM: red where the model looked for its answer</source>
        <translation>Grad-CAM: rot, wo das Modell für seine Antwort hingeschaut hat</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>The prediction is right</source>
        <translation>Die Vorhersage ist richtig</translation>
    </message>
    <message>
        <source>Choose the right class when the prediction is wrong</source>
        <translation>Wählen Sie die richtige Klasse, wenn die Vorhersage falsch ist</translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation>Zum Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Copy this image into the project as the chosen class</source>
        <translation>Dieses Bild mit der gewählten Klasse ins Projekt kopieren</translation>
    </message>
    <message>
        <source>or it is:</source>
        <translation>oder es ist:</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>auswählen…</translation>
    </message>
    <message>
        <source>✓ noted as correct</source>
        <translation>✓ als richtig vermerkt</translation>
    </message>
    <message>
        <source>noted: it is %1</source>
        <translation>vermerkt: Es ist %1</translation>
    </message>
</context>
<context>
    <name>picta::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automatisch (einer je Kern)</translation>
    </message>
    <message>
        <source>How many processor threads training and classifying use. Automatic uses one per physical core: more only slows the work down.</source>
        <translation>Wie viele Prozessor-Threads beim Trainieren und Klassifizieren verwendet werden. „Automatisch“ verwendet einen Thread je physischem Kern: Mehr Threads verlangsamen die Arbeit nur.</translation>
    </message>
    <message>
        <source>Automatic (graphics card when there is one)</source>
        <translation>Automatisch (Grafikkarte, falls vorhanden)</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <source>Graphics card (CUDA)</source>
        <translation>Grafikkarte (CUDA)</translation>
    </message>
    <message>
        <source>This build of Picta or this computer has no CUDA graphics card.</source>
        <translation>Diese Picta-Version wurde ohne CUDA erstellt, oder dieser Computer hat keine CUDA-Grafikkarte.</translation>
    </message>
    <message>
        <source>Downloaded ImageNet weights and the decoded images of folders Picta may not write into. Empty: the system&apos;s cache folder.</source>
        <translation>Heruntergeladene ImageNet-Gewichte und die dekodierten Bilder von Ordnern, in die Picta nicht schreiben darf. Leer: der Cache-Ordner des Systems.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Removes downloaded weights and decoded images; Picta downloads and decodes them again when needed.</source>
        <translation>Entfernt heruntergeladene Gewichte und dekodierte Bilder; Picta lädt sie bei Bedarf erneut herunter bzw. dekodiert sie neu.</translation>
    </message>
    <message>
        <source>Where ImageNet weights are downloaded from: the Hugging Face Hub, or a mirror of it (for example one inside a school network).</source>
        <translation>Woher die ImageNet-Gewichte heruntergeladen werden: vom Hugging Face Hub oder von einem Spiegelserver des Hubs (zum Beispiel in einem Schulnetz).</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Folder for new projects</source>
        <translation>Ordner für neue Projekte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language shows when Picta starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Picta.</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>&amp;Cache-Ordner:</translation>
    </message>
    <message>
        <source>Weights &amp;mirror:</source>
        <translation>Spiegelserver für Ge&amp;wichte:</translation>
    </message>
    <message>
        <source>New &amp;projects in:</source>
        <translation>Neue &amp;Projekte in:</translation>
    </message>
    <message>
        <source>The weights mirror must be a web address such as https://huggingface.co.</source>
        <translation>Der Spiegelserver für Gewichte muss eine Webadresse sein, etwa https://huggingface.co.</translation>
    </message>
    <message>
        <source>Measuring the cache…</source>
        <translation>Größe des Caches wird ermittelt…</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Belegt: %1</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Remove the downloaded weights and decoded images in %1? Picta downloads and decodes them again when they are needed.</source>
        <translation>Die heruntergeladenen Gewichte und dekodierten Bilder in %1 entfernen? Picta lädt sie bei Bedarf erneut herunter bzw. dekodiert sie neu.</translation>
    </message>
    <message>
        <source>Write the folder&apos;s full path (for example %1).</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written to.</source>
        <translation>Der Ordner %1 kann nicht erstellt oder beschrieben werden.</translation>
    </message>
    <message>
        <source>The preferences cannot be saved in %1 (read-only?).</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden (schreibgeschützt?).</translation>
    </message>
</context>
<context>
    <name>picta::ProjectDocument</name>
    <message>
        <source>No project is open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds pictures, so it stays</source>
        <translation>„%1“ enthält Bilder und bleibt deshalb erhalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be removed</source>
        <translation>„%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation>%1 wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1 can no longer be read</source>
        <translation>%1 kann nicht mehr gelesen werden</translation>
    </message>
</context>
<context>
    <name>picta::QuarantineDialog</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Ursprüngliche Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty quarantine…</source>
        <translation>Quarantäne &amp;leeren…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty quarantine</source>
        <translation>Quarantäne leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n quarantined file(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Datei aus der Quarantäne endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Dateien aus der Quarantäne endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::ScrapeTab</name>
    <message>
        <source>Search term</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Found · new · dup. · failed</source>
        <translation>Gefunden · neu · Dupl. · Fehler</translation>
    </message>
    <message>
        <source>Type a term (e.g. sea otter) and press Enter</source>
        <translation>Begriff eingeben (z. B. Seeotter) und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Openverse (Creative Commons, many collections)</source>
        <translation>Openverse (Creative Commons, viele Sammlungen)</translation>
    </message>
    <message>
        <source>Wikimedia Commons</source>
        <translation>Wikimedia Commons</translation>
    </message>
    <message>
        <source>iNaturalist (animals and plants, by species name)</source>
        <translation>iNaturalist (Tiere und Pflanzen, nach Artname)</translation>
    </message>
    <message>
        <source>A list of image addresses (text file)</source>
        <translation>Liste von Bildadressen (Textdatei)</translation>
    </message>
    <message>
        <source>Reddit (needs your own app credentials: not available)</source>
        <translation>Reddit (braucht eigene App-Zugangsdaten: nicht verfügbar)</translation>
    </message>
    <message>
        <source>Reddit (no licence stated: ask before reusing the images)</source>
        <translation>Reddit (keine Lizenzangabe: vor dem Weiterverwenden der Bilder nachfragen)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Beliebige Lizenz</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Kommerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Modification allowed</source>
        <translation>Bearbeitung erlaubt</translation>
    </message>
    <message>
        <source>CC0 or public domain only</source>
        <translation>Nur CC0 oder gemeinfrei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A text file of image addresses</source>
        <translation>Textdatei mit Bildadressen</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Images per term:</source>
        <translation>Bilder &amp;pro Begriff:</translation>
    </message>
    <message>
        <source>Smallest si&amp;ze:</source>
        <translation>&amp;Mindestgröße:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>Address list:</source>
        <translation>Adressliste:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <source>Start, or resume a stopped job where it stopped (Ctrl+Return)</source>
        <translation>Starten oder einen angehaltenen Auftrag dort fortsetzen, wo er stehen blieb (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Add search terms, choose a source, press Start. Each term becomes a class; every image keeps its licence.</source>
        <translation>Fügen Sie Suchbegriffe hinzu, wählen Sie eine Quelle und klicken Sie auf „Starten“. Jeder Begriff wird zu einer Klasse; jedes Bild behält seine Lizenz.</translation>
    </message>
    <message>
        <source>Failures and their reasons appear here</source>
        <translation>Fehlschläge und ihre Gründe erscheinen hier</translation>
    </message>
    <message>
        <source>Open or create a project first</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>Add at least one search term</source>
        <translation>Fügen Sie mindestens einen Suchbegriff hinzu</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Stopping after the current download…</source>
        <translation>Wird nach dem aktuellen Download angehalten…</translation>
    </message>
    <message>
        <source>Stopped: press Start to resume. </source>
        <translation>Angehalten: Klicken Sie auf „Starten“, um fortzusetzen. </translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <source>Write c&amp;redits</source>
        <translation>Bildnachweise s&amp;chreiben</translation>
    </message>
    <message>
        <source>Write CREDITS.md: each image with its page, creator and licence, from sources.csv</source>
        <translation>CREDITS.md schreiben: jedes Bild mit Seite, Urheber und Lizenz, aus sources.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) credited in %1</source>
        <translation>
            <numerusform>Bildnachweis für %n Bild in %1 geschrieben</numerusform>
            <numerusform>Bildnachweise für %n Bilder in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 found, %2 downloaded, %n skipped as duplicate(s), %4 failed</source>
        <translation>
            <numerusform>%1 gefunden, %2 heruntergeladen, %n als Duplikat übersprungen, %4 fehlgeschlagen</numerusform>
            <numerusform>%1 gefunden, %2 heruntergeladen, %n als Duplikate übersprungen, %4 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 downloaded, %n duplicate(s) skipped, %3 failed</source>
        <translation>
            <numerusform>%1 heruntergeladen, %n Duplikat übersprungen, %3 fehlgeschlagen</numerusform>
            <numerusform>%1 heruntergeladen, %n Duplikate übersprungen, %3 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::Scraper</name>
    <message>
        <source>&apos;%1&apos; cannot be a class name</source>
        <translation>„%1“ kann kein Klassenname sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Where the job got to cannot be saved (%1): a new start fetches those pages again</source>
        <translation>Der Fortschritt des Auftrags kann nicht gespeichert werden (%1): Bei einem Neustart werden diese Seiten erneut abgerufen</translation>
    </message>
</context>
<context>
    <name>picta::ServeWorker</name>
    <message>
        <source>the request head is over %1 KB</source>
        <translation>der Header der Anfrage ist größer als %1 KB</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>gefaltete Header-Zeilen werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>the Content-Length must be one decimal number</source>
        <translation>Content-Length muss eine einzelne Dezimalzahl sein</translation>
    </message>
    <message>
        <source>chunked bodies are not accepted: send a Content-Length</source>
        <translation>Chunked-Übertragung wird nicht akzeptiert: Senden Sie eine Content-Length</translation>
    </message>
    <message>
        <source>this server needs its access code: open the full address shown in Picta</source>
        <translation>dieser Server benötigt seinen Zugangscode: Öffnen Sie die vollständige Adresse, die Picta anzeigt</translation>
    </message>
    <message>
        <source>the request body is over the limit of %1 MB</source>
        <translation>der Inhalt der Anfrage überschreitet die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>too many open connections from this address</source>
        <translation>zu viele offene Verbindungen von dieser Adresse</translation>
    </message>
    <message>
        <source>this server answers only at 127.0.0.1</source>
        <translation>dieser Server antwortet nur unter 127.0.0.1</translation>
    </message>
    <message>
        <source>too many requests from this address: wait a minute</source>
        <translation>zu viele Anfragen von dieser Adresse: Warten Sie eine Minute</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>verwenden Sie GET</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Picta&lt;/title&gt;&lt;p style=&apos;font:1.2rem sans-serif&apos;&gt;This page needs its access code. Scan the QR code shown in Picta, or type the whole address with &lt;code&gt;?token=…&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;!DOCTYPE html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Picta&lt;/title&gt;&lt;p style=&apos;font:1.2rem sans-serif&apos;&gt;Diese Seite benötigt ihren Zugangscode. Scannen Sie den QR-Code, den Picta anzeigt, oder geben Sie die vollständige Adresse mit &lt;code&gt;?token=…&lt;/code&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the page is missing from this build</source>
        <translation>die Seite fehlt in diesem Build</translation>
    </message>
    <message>
        <source>Picta classifier</source>
        <translation>Picta-Klassifikator</translation>
    </message>
    <message>
        <source>use POST with the picture&apos;s bytes as the body</source>
        <translation>verwenden Sie POST mit den Bytes des Bildes als Inhalt</translation>
    </message>
    <message>
        <source>the request has no picture: send its bytes as the body</source>
        <translation>die Anfrage enthält kein Bild: Senden Sie seine Bytes als Inhalt</translation>
    </message>
    <message>
        <source>the body is not a picture (PNG, JPEG, BMP, WebP, TIFF or PNM)</source>
        <translation>der Inhalt ist kein Bild (PNG, JPEG, BMP, WebP, TIFF oder PNM)</translation>
    </message>
    <message>
        <source>GIF pictures are not supported</source>
        <translation>GIF-Bilder werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1×%2 pixels is over the limit of %3 megapixels</source>
        <translation>%1×%2 Pixel überschreiten die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>the drawing is empty</source>
        <translation>die Zeichnung ist leer</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>use POST with {&quot;id&quot;: …, &quot;truth&quot;: …}</source>
        <translation>verwenden Sie POST mit {&quot;id&quot;: …, &quot;truth&quot;: …}</translation>
    </message>
    <message>
        <source>the body must be a small JSON object {&quot;id&quot;: …, &quot;truth&quot;: …}</source>
        <translation>der Inhalt muss ein kleines JSON-Objekt {&quot;id&quot;: …, &quot;truth&quot;: …} sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the classes</source>
        <translation>„%1“ ist keine der Klassen</translation>
    </message>
    <message>
        <source>no recent prediction has that id</source>
        <translation>zu dieser ID gibt es keine aktuelle Vorhersage</translation>
    </message>
    <message>
        <source>answers are kept in a project, and this model is served without one</source>
        <translation>Antworten werden in einem Projekt gespeichert, und dieses Modell wird ohne Projekt bereitgestellt</translation>
    </message>
</context>
<context>
    <name>picta::ShareDialog</name>
    <message>
        <source>Share the classifier</source>
        <translation>Klassifikator teilen</translation>
    </message>
    <message>
        <source>Only this &amp;computer</source>
        <translation>Nur dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Everyone on this &amp;network (phones, a class)</source>
        <translation>Alle im &amp;Netzwerk (Handys, Schulklasse)</translation>
    </message>
    <message>
        <source>Anyone on the same Wi-Fi or network who has the address, which includes an access code, can use it</source>
        <translation>Alle im selben WLAN oder Netzwerk, die die Adresse kennen (sie enthält einen Zugangscode), können den Klassifikator verwenden</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Teilen starten</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Share &lt;b&gt;%1&lt;/b&gt; as a web page: whoever opens the address can try the classifier with a picture or a photo, and say when it is wrong. Their answers appear on the Predict tab.</source>
        <translation>Teilen Sie &lt;b&gt;%1&lt;/b&gt; als Webseite: Wer die Adresse öffnet, kann den Klassifikator mit einem Bild oder Foto ausprobieren und melden, wenn er falsch liegt. Die Antworten erscheinen auf der Registerkarte „Vorhersagen“.</translation>
    </message>
    <message>
        <source>Load a model on the Predict tab first.</source>
        <translation>Laden Sie zuerst auf der Registerkarte „Vorhersagen“ ein Modell.</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Teilen beenden</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera to open the page</source>
        <translation>Mit der Handykamera scannen, um die Seite zu öffnen</translation>
    </message>
    <message>
        <source>Pictures classified: %1 · answers received: %2 · refused requests: %3</source>
        <translation>Klassifizierte Bilder: %1 · erhaltene Antworten: %2 · abgelehnte Anfragen: %3</translation>
    </message>
</context>
<context>
    <name>picta::SketchCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>picta::SketchDialog</name>
    <message>
        <source>Draw %1</source>
        <translation>%1 zeichnen</translation>
    </message>
    <message>
        <source>Draw one &lt;b&gt;%1&lt;/b&gt;, then press Enter to keep it; the canvas clears for the next. Vary size, position and style.</source>
        <translation>Zeichnen Sie ein Beispiel für &lt;b&gt;%1&lt;/b&gt; und drücken Sie dann die Eingabetaste, um es zu behalten; danach wird die Fläche für das nächste geleert. Variieren Sie Größe, Position und Stil.</translation>
    </message>
    <message>
        <source>&amp;Keep this drawing</source>
        <translation>Zeichnung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>The drawing cannot be saved: %1</source>
        <translation>Die Zeichnung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Drawings kept: %1</source>
        <translation>Behaltene Zeichnungen: %1</translation>
    </message>
</context>
<context>
    <name>picta::SourceBar</name>
    <message>
        <source>Cam&amp;era:</source>
        <translation>Kam&amp;era:</translation>
    </message>
    <message>
        <source>&amp;Video file…</source>
        <translation>&amp;Videodatei…</translation>
    </message>
    <message>
        <source>Play a video file as if it came from a camera</source>
        <translation>Eine Videodatei so abspielen, als käme sie von einer Kamera</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Erneut su&amp;chen</translation>
    </message>
    <message>
        <source>Look for cameras again (one plugged in since)</source>
        <translation>Erneut nach Kameras suchen (etwa einer inzwischen angeschlossenen)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>No camera was found on this computer. You can use a video file instead: press Video file… and it plays here as if it came from a camera.</source>
        <translation>Auf diesem Computer wurde keine Kamera gefunden. Sie können stattdessen eine Videodatei verwenden: Klicken Sie auf „Videodatei…“, dann wird sie hier abgespielt, als käme sie von einer Kamera.</translation>
    </message>
    <message>
        <source>Play a video file</source>
        <translation>Videodatei abspielen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>picta::StartPage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Picta&lt;/h1&gt;&lt;p&gt;Teach your computer to tell pictures apart: collect examples, train, and try it. No code, no jargon.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Picta&lt;/h1&gt;&lt;p&gt;Bringen Sie Ihrem Computer bei, Bilder zu unterscheiden: Beispiele sammeln, trainieren und ausprobieren. Ohne Code, ohne Fachchinesisch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New classifier…</source>
        <translation>&amp;Neuer Klassifikator…</translation>
    </message>
    <message>
        <source>A step-by-step guide from naming your classes to a tested classifier (Ctrl+N)</source>
        <translation>Eine Schritt-für-Schritt-Anleitung von der Benennung Ihrer Klassen bis zum getesteten Klassifikator (Strg+N)</translation>
    </message>
    <message>
        <source>Open the &amp;fashion demo</source>
        <translation>&amp;Mode-Demo öffnen</translation>
    </message>
    <message>
        <source>1,600 small photos of T-shirts, trousers, sneakers and bags, ready to train</source>
        <translation>1.600 kleine Fotos von T-Shirts, Hosen, Sneakern und Taschen, bereit zum Trainieren</translation>
    </message>
    <message>
        <source>Open the &amp;sketch demo</source>
        <translation>&amp;Skizzen-Demo öffnen</translation>
    </message>
    <message>
        <source>Drawings of six shapes: train it, then draw and watch it guess</source>
        <translation>Zeichnungen von sechs Formen: trainieren, dann selbst zeichnen und zusehen, wie es rät</translation>
    </message>
    <message>
        <source>&amp;Open a project or a folder of images…</source>
        <translation>&amp;Projekt oder Bildordner öffnen…</translation>
    </message>
    <message>
        <source>A Picta project, or any folder with one subfolder of pictures per class</source>
        <translation>Ein Picta-Projekt oder ein beliebiger Ordner mit je einem Unterordner voller Bilder pro Klasse</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>picta::TidyPage</name>
    <message>
        <source>3 · Tidy up</source>
        <translation>3 · Aufräumen</translation>
    </message>
    <message>
        <source>Picta looks for broken files and for copies of the same picture, and sets them aside. Nothing is deleted.</source>
        <translation>Picta sucht nach beschädigten Dateien und nach Kopien desselben Bildes und legt sie beiseite. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>See what was set aside, and put back anything that should stay</source>
        <translation>Ansehen, was beiseitegelegt wurde, und zurücklegen, was bleiben soll</translation>
    </message>
    <message>
        <source>Waiting for the downloads to finish…</source>
        <translation>Warten auf den Abschluss der Downloads…</translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n picture(s)…</source>
        <translation>
            <numerusform>%n Bild wird geprüft…</numerusform>
            <numerusform>Die %n Bilder werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n picture(s) are fine: no broken files, no copies.</source>
        <translation>
            <numerusform>%n Bild ist in Ordnung: keine beschädigte Datei, keine Kopie.</numerusform>
            <numerusform>Alle %n Bilder sind in Ordnung: keine beschädigten Dateien, keine Kopien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 broken and %n copied picture(s) were set aside in the quarantine; the other %3 are fine.</source>
        <translation>
            <numerusform>%1 beschädigte und %n doppeltes Bild wurden in die Quarantäne verschoben; die übrigen %3 sind in Ordnung.</numerusform>
            <numerusform>%1 beschädigte und %n doppelte Bilder wurden in die Quarantäne verschoben; die übrigen %3 sind in Ordnung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>picta::TrainTab</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Train a new model on this project (Ctrl+Return)</source>
        <translation>Ein neues Modell mit diesem Projekt trainieren (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Stop after the current batch; the last finished epoch is kept (Esc)</source>
        <translation>Nach dem aktuellen Batch anhalten; die letzte abgeschlossene Epoche bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Batch angehalten…</translation>
    </message>
    <message>
        <source>Reading images: %1 of %2</source>
        <translation>Bilder werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation>Trainingslauf wird in %1 gespeichert</translation>
    </message>
    <message>
        <source>After epoch %1: training accuracy %2, validation accuracy %3 (%4 images/s)</source>
        <translation>Nach Epoche %1: Trainingsgenauigkeit %2, Validierungsgenauigkeit %3 (%4 Bilder/s)</translation>
    </message>
    <message>
        <source>Stopped. The model after epoch %1 is kept (validation accuracy %2).</source>
        <translation>Angehalten. Das Modell nach Epoche %1 bleibt erhalten (Validierungsgenauigkeit %2).</translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended.</source>
        <translation>Vor dem Ende der ersten Epoche angehalten.</translation>
    </message>
    <message>
        <source>Done in %1: validation accuracy %2. Try it on the Predict tab.</source>
        <translation>Fertig nach %1: Validierungsgenauigkeit %2. Probieren Sie das Modell auf der Registerkarte „Vorhersagen“ aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were skipped</source>
        <translation>
            <numerusform>%n Bild konnte nicht gelesen werden und wurde übersprungen</numerusform>
            <numerusform>%n Bilder konnten nicht gelesen werden und wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Learning rate set to %1</source>
        <translation>Lernrate auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Learning-rate finder</source>
        <translation>Lernratensuche</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Trying learning rates…</source>
        <translation>Lernraten werden ausprobiert…</translation>
    </message>
    <message>
        <source>Finding a learning rate…</source>
        <translation>Lernrate wird gesucht…</translation>
    </message>
    <message>
        <source>Learning-rate finder stopped.</source>
        <translation>Lernratensuche angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Suggested learning rate: %1</source>
        <translation>Vorgeschlagene Lernrate: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Go on with the stopped run %1 from epoch %2 of %3, with the settings it was started with</source>
        <translation>Den angehaltenen Lauf %1 ab Epoche %2 von %3 fortsetzen, mit den Einstellungen, mit denen er gestartet wurde</translation>
    </message>
    <message>
        <source>Downloading pretrained weights: %1 of %2 MB</source>
        <translation>Vortrainierte Gewichte werden heruntergeladen: %1 von %2 MB</translation>
    </message>
    <message>
        <source>Downloading pretrained weights: %1 MB</source>
        <translation>Vortrainierte Gewichte werden heruntergeladen: %1 MB</translation>
    </message>
    <message>
        <source>&amp;Recommended settings</source>
        <translation>Em&amp;pfohlene Einstellungen</translation>
    </message>
    <message>
        <source>Let Picta choose the settings for these pictures (it tries learning rates first, a few seconds) and say why</source>
        <translation>Picta wählt die Einstellungen für diese Bilder (probiert dazu einige Sekunden lang Lernraten aus) und erklärt, warum</translation>
    </message>
    <message>
        <source>Why these settings</source>
        <translation>Warum diese Einstellungen</translation>
    </message>
    <message>
        <source>Looking at the pictures and trying learning rates…</source>
        <translation>Bilder werden untersucht und Lernraten ausprobiert…</translation>
    </message>
    <message>
        <source>No recommendation: %1</source>
        <translation>Keine Empfehlung: %1</translation>
    </message>
    <message>
        <source>Settings recommended for these pictures; press Start training.</source>
        <translation>Einstellungen für diese Bilder empfohlen; klicken Sie auf „Training starten“.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n class(es) · %3 training and %4 validation images · %5×%5 px</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n Klasse · %3 Trainings- und %4 Validierungsbilder · %5×%5 px</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n Klassen · %3 Trainings- und %4 Validierungsbilder · %5×%5 px</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training on %1 with %2 training and %n validation image(s)</source>
        <translation>
            <numerusform>Training auf %1 mit %2 Trainingsbildern und %n Validierungsbild</numerusform>
            <numerusform>Training auf %1 mit %2 Trainings- und %n Validierungsbildern</numerusform>
        </translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4 · loss %5</source>
        <translation>Epoche %1 von %2 · Batch %3 von %4 · Verlust %5</translation>
    </message>
    <message>
        <source>%1 · ETA %2</source>
        <translation>%1 · noch %2</translation>
    </message>
</context>
<context>
    <name>picta::Trainer</name>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>picta::TrainingPlots</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>training (per batch)</source>
        <translation>Training (pro Batch)</translation>
    </message>
    <message>
        <source>training (smoothed)</source>
        <translation>Training (geglättet)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>picta::TrainingSettings</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Try learning rates from 1e-7 to 10 on a few batches and suggest one (fastai&apos;s LR finder)</source>
        <translation>Lernraten von 1e-7 bis 10 an einigen Batches ausprobieren und eine vorschlagen (Lernratensuche wie in fastai)</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>&amp;Augment training images</source>
        <translation>Trainingsbilder &amp;augmentieren</translation>
    </message>
    <message>
        <source>Random crops, flips, small rotations and lighting changes: slower to learn, better on new images</source>
        <translation>Zufällige Ausschnitte, Spiegelungen, kleine Drehungen und Helligkeitsänderungen: lernt langsamer, erkennt neue Bilder besser</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>Stop when the validation score has not improved for this many epochs, and keep the best epoch</source>
        <translation>Anhalten, wenn sich der Validierungswert so viele Epochen lang nicht verbessert hat, und die beste Epoche behalten</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>off (Adam)</source>
        <translation>aus (Adam)</translation>
    </message>
    <message>
        <source>&amp;Balance classes in the loss</source>
        <translation>&amp;Klassen im Verlust ausgleichen</translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its image count: helps when some classes have few images</source>
        <translation>Jede Klasse umgekehrt proportional zu ihrer Bildanzahl gewichten: hilft, wenn manche Klassen wenige Bilder haben</translation>
    </message>
    <message>
        <source>Fine-tune: first train only the new head for this many epochs, then every layer, earlier layers more gently</source>
        <translation>Feinabstimmung: zuerst so viele Epochen lang nur den neuen Kopf trainieren, dann alle Schichten, frühere Schichten behutsamer</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>Early s&amp;top:</source>
        <translation>V&amp;orzeitig beenden:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Lernraten&amp;verlauf:</translation>
    </message>
    <message>
        <source>&amp;Weight decay:</source>
        <translation>Ge&amp;wichtsverfall:</translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation>Label-Glättu&amp;ng:</translation>
    </message>
    <message>
        <source>the project&apos;s</source>
        <translation>wie im Projekt</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>e.g. 32:3, 64:2 (size:epochs)</source>
        <translation>z. B. 32:3, 64:2 (Größe:Epochen)</translation>
    </message>
    <message>
        <source>Transfer learning: begin with a backbone trained on ImageNet, or with weights you have as a .safetensors file (timm or torchvision names), instead of random weights</source>
        <translation>Transferlernen: statt mit zufälligen Gewichten mit einem auf ImageNet trainierten Backbone beginnen oder mit eigenen Gewichten aus einer .safetensors-Datei (Namen wie in timm oder torchvision)</translation>
    </message>
    <message>
        <source>Where ImageNet weights are downloaded from: the Hugging Face Hub, or a mirror of it with the same paths (timm/&lt;model&gt;/resolve/main/model.safetensors)</source>
        <translation>Woher die ImageNet-Gewichte heruntergeladen werden: vom Hugging Face Hub oder von einem Spiegelserver mit denselben Pfaden (timm/&lt;model&gt;/resolve/main/model.safetensors)</translation>
    </message>
    <message>
        <source>&amp;Initial weights:</source>
        <translation>Start&amp;gewichte:</translation>
    </message>
    <message>
        <source>random (train from scratch)</source>
        <translation>zufällig (von Grund auf trainieren)</translation>
    </message>
    <message>
        <source>ImageNet (%1, downloads once)</source>
        <translation>ImageNet (%1, einmaliger Download)</translation>
    </message>
    <message>
        <source>a weights file…</source>
        <translation>Gewichtsdatei…</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>The size images are scaled to. The ImageNet backbone was trained at %1 px: larger images suit it better, but each epoch takes longer</source>
        <translation>Die Größe, auf die Bilder skaliert werden. Das ImageNet-Backbone wurde mit %1 px trainiert: Größere Bilder passen besser dazu, aber jede Epoche dauert länger</translation>
    </message>
    <message>
        <source>The size images are scaled to; the project&apos;s is the default</source>
        <translation>Die Größe, auf die Bilder skaliert werden; standardmäßig die des Projekts</translation>
    </message>
    <message>
        <source>Train on small images first, then larger ones: each stage is size:epochs, and the stages replace Epochs</source>
        <translation>Erst mit kleinen, dann mit größeren Bildern trainieren: Jede Stufe wird als Größe:Epochen angegeben, und die Stufen ersetzen „Epochen“</translation>
    </message>
    <message>
        <source>This model&apos;s layers are sized for one image size, so it cannot change size mid-run</source>
        <translation>Die Schichten dieses Modells sind auf eine Bildgröße ausgelegt, daher kann es die Größe nicht während eines Laufs ändern</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>safetensors weights (*.safetensors)</source>
        <translation>safetensors-Gewichte (*.safetensors)</translation>
    </message>
    <message>
        <source>the project&apos;s (%1 px)</source>
        <translation>wie im Projekt (%1 px)</translation>
    </message>
    <message>
        <source> epoch</source>
        <translation> Epoche</translation>
    </message>
    <message>
        <source>Fi&amp;nd…</source>
        <translation>S&amp;uchen…</translation>
    </message>
    <message>
        <source>Ima&amp;ge size:</source>
        <translation>Bil&amp;dgröße:</translation>
    </message>
    <message>
        <source>Progressive resizing:</source>
        <translation>Schrittweise Vergrößerung:</translation>
    </message>
    <message>
        <source>Fro&amp;zen epochs:</source>
        <translation>E&amp;ingefrorene Epochen:</translation>
    </message>
    <message>
        <source>ImageNet mirror:</source>
        <translation>ImageNet-Spiegelserver:</translation>
    </message>
</context>
<context>
    <name>picta::TryPage</name>
    <message>
        <source>5 · Try it</source>
        <translation>5 · Ausprobieren</translation>
    </message>
    <message>
        <source>Drop a picture here, paste one (Ctrl+V) or open one (Ctrl+O), and see what your classifier says.</source>
        <translation>Ziehen Sie ein Bild hierher, fügen Sie eines ein (Strg+V) oder öffnen Sie eines (Strg+O), und sehen Sie, was Ihr Klassifikator sagt.</translation>
    </message>
    <message>
        <source>Drop a picture here</source>
        <translation>Bild hierher ziehen</translation>
    </message>
    <message>
        <source>&amp;Open a picture…</source>
        <translation>&amp;Bild öffnen…</translation>
    </message>
    <message>
        <source>A picture to classify</source>
        <translation>Bild zum Klassifizieren</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Notieren</translation>
    </message>
    <message>
        <source>Tell Picta the right answer: it is recorded with the Predict tab&apos;s feedback</source>
        <translation>Teilen Sie Picta die richtige Antwort mit: Sie wird zusammen mit den Rückmeldungen der Registerkarte „Vorhersagen“ gespeichert</translation>
    </message>
    <message>
        <source>&amp;Add it to the pictures</source>
        <translation>Zu den Bildern &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Copy this picture into the class it really belongs to, so the next training learns from it</source>
        <translation>Dieses Bild in die Klasse kopieren, zu der es wirklich gehört, damit das nächste Training daraus lernt</translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation>Zeichnung &amp;löschen</translation>
    </message>
    <message>
        <source>…or draw one:</source>
        <translation>…oder zeichnen Sie eines:</translation>
    </message>
    <message>
        <source>&amp;Wrong? It really is:</source>
        <translation>&amp;Falsch? Richtig ist:</translation>
    </message>
    <message>
        <source>Ca&amp;mera…</source>
        <translation>&amp;Kamera…</translation>
    </message>
    <message>
        <source>Hold things up to a camera and watch the answers change as you move them</source>
        <translation>Halten Sie Dinge vor eine Kamera und sehen Sie zu, wie sich die Antworten ändern, wenn Sie sie bewegen</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>The model cannot be loaded: %1</source>
        <translation>Das Modell kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Ready: give it a picture.</source>
        <translation>Bereit: Zeigen Sie ihm ein Bild.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>It is &lt;b&gt;%1&lt;/b&gt; (%2 % sure)</source>
        <translation>Das ist &lt;b&gt;%1&lt;/b&gt; (zu %2 % sicher)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Other guesses: %1</source>
        <translation>Andere Vermutungen: %1</translation>
    </message>
    <message>
        <source>Try it with a camera</source>
        <translation>Mit einer Kamera ausprobieren</translation>
    </message>
    <message>
        <source>Added to %1 (Edit ▸ Undo takes it back).</source>
        <translation>Zu „%1“ hinzugefügt (Bearbeiten ▸ Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>It cannot be added: %1</source>
        <translation>Das Bild kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>a drawing or pasted picture</source>
        <translation>eine Zeichnung oder ein eingefügtes Bild</translation>
    </message>
    <message>
        <source>Noted: it was right.</source>
        <translation>Notiert: Es lag richtig.</translation>
    </message>
    <message>
        <source>Noted: it is %1. Add it to the pictures so the next training learns from it.</source>
        <translation>Notiert: Richtig ist „%1“. Fügen Sie das Bild zu den Bildern hinzu, damit das nächste Training daraus lernt.</translation>
    </message>
</context>
<context>
    <name>picta::UsePage</name>
    <message>
        <source>6 · Use it elsewhere</source>
        <translation>6 · Anderswo verwenden</translation>
    </message>
    <message>
        <source>Your classifier is saved in the project. Here is where, and what you can do next.</source>
        <translation>Ihr Klassifikator ist im Projekt gespeichert. Hier sehen Sie, wo – und was Sie als Nächstes tun können.</translation>
    </message>
    <message>
        <source>Open the model&apos;s f&amp;older</source>
        <translation>&amp;Ordner des Modells öffnen</translation>
    </message>
    <message>
        <source>Open in &amp;Evaluate</source>
        <translation>In „&amp;Auswerten“ öffnen</translation>
    </message>
    <message>
        <source>Which pictures it gets wrong, which classes it mixes up, and how training went</source>
        <translation>Welche Bilder es falsch erkennt, welche Klassen es verwechselt und wie das Training verlief</translation>
    </message>
    <message>
        <source>Classify many pictures on the &amp;Predict tab</source>
        <translation>Viele Bilder auf der Registerkarte „&amp;Vorhersagen“ klassifizieren</translation>
    </message>
    <message>
        <source>E&amp;xport it for other programs…</source>
        <translation>Für andere Programme e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A .zip with the model as ONNX, a README that says how to prepare a picture, and a Python script that answers as Picta does; or the ONNX file alone</source>
        <translation>Eine .zip-Datei mit dem Modell als ONNX, einer README, die erklärt, wie ein Bild vorbereitet wird, und einem Python-Skript, das wie Picta antwortet; oder nur die ONNX-Datei</translation>
    </message>
    <message>
        <source>The model is in &lt;b&gt;%1&lt;/b&gt;: &lt;tt&gt;model.safetensors&lt;/tt&gt; holds what it learned, &lt;tt&gt;model.json&lt;/tt&gt; its classes and how pictures are prepared for it, &lt;tt&gt;history.csv&lt;/tt&gt; how training went. Copy the folder to use the model on another computer with Picta (&lt;tt&gt;picta-cli predict --run FOLDER PICTURE…&lt;/tt&gt;).</source>
        <translation>Das Modell liegt in &lt;b&gt;%1&lt;/b&gt;: &lt;tt&gt;model.safetensors&lt;/tt&gt; enthält, was es gelernt hat, &lt;tt&gt;model.json&lt;/tt&gt; seine Klassen und wie Bilder dafür vorbereitet werden, &lt;tt&gt;history.csv&lt;/tt&gt; den Verlauf des Trainings. Kopieren Sie den Ordner, um das Modell auf einem anderen Computer mit Picta zu verwenden (&lt;tt&gt;picta-cli predict --run ORDNER BILD…&lt;/tt&gt;).</translation>
    </message>
</context>
<context>
    <name>picta::VideoImportDialog</name>
    <message>
        <source>Import frames from a video</source>
        <translation>Einzelbilder aus einem Video importieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Video auswählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.mpg *.mpeg *.ogv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>One frame &amp;every</source>
        <translation>Ein Einzelbild &amp;alle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One frame at each &amp;scene change</source>
        <translation>Ein Einzelbild bei jedem &amp;Szenenwechsel</translation>
    </message>
    <message>
        <source>A frame is kept when the picture differs clearly from the last one kept</source>
        <translation>Ein Einzelbild wird behalten, wenn es sich deutlich vom zuletzt behaltenen unterscheidet</translation>
    </message>
    <message>
        <source>Leave empty to put the frames into Unlabelled and sort them on the Dataset tab</source>
        <translation>Leer lassen, um die Einzelbilder unter „Nicht zugeordnet“ abzulegen und sie auf der Registerkarte „Datensatz“ zu sortieren</translation>
    </message>
    <message>
        <source>&amp;Leave out frames that look like one already kept</source>
        <translation>Einzelbilder &amp;weglassen, die einem bereits behaltenen ähneln</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Einzelbilder:</translation>
    </message>
    <message>
        <source>Into &amp;class:</source>
        <translation>In &amp;Klasse:</translation>
    </message>
    <message>
        <source>Choose a video file first.</source>
        <translation>Wählen Sie zuerst eine Videodatei aus.</translation>
    </message>
    <message>
        <source>Open a project you can write to first: the frames are imported into it.</source>
        <translation>Öffnen Sie zuerst ein Projekt, in das Sie schreiben dürfen: Die Einzelbilder werden dorthin importiert.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message numerus="yes">
        <source>%1 s of %2 s of video read; about %n second(s) left</source>
        <translation>
            <numerusform>%1 s von %2 s des Videos gelesen; noch etwa %n Sekunde</numerusform>
            <numerusform>%1 s von %2 s des Videos gelesen; noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) imported</source>
        <translation>
            <numerusform>%n Einzelbild importiert</numerusform>
            <numerusform>%n Einzelbilder importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left out because they looked like one already kept</source>
        <translation>
            <numerusform>; %n weggelassen, weil es einem bereits behaltenen ähnelte</numerusform>
            <numerusform>; %n weggelassen, weil sie einem bereits behaltenen ähnelten</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped at %1 s</source>
        <translation>; bei %1 s angehalten</translation>
    </message>
</context>
<context>
    <name>picta::WizardTrainPage</name>
    <message>
        <source>4 · Train</source>
        <translation>4 · Trainieren</translation>
    </message>
    <message>
        <source>Picta has chosen how to train on your pictures. Press Train and watch it learn.</source>
        <translation>Picta hat festgelegt, wie mit Ihren Bildern trainiert wird. Klicken Sie auf „Trainieren“ und sehen Sie zu, wie es lernt.</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>St&amp;op (keeps the best so far)</source>
        <translation>&amp;Anhalten (das bisher Beste bleibt)</translation>
    </message>
    <message>
        <source>Show me the &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>The Train tab, with this run: loss, accuracy and learning-rate plots, and every setting</source>
        <translation>Die Registerkarte „Trainieren“ mit diesem Lauf: Diagramme zu Verlust, Genauigkeit und Lernrate sowie alle Einstellungen</translation>
    </message>
    <message>
        <source>on pictures it has not seen</source>
        <translation>bei unbekannten Bildern</translation>
    </message>
    <message>
        <source>on the pictures it learns from</source>
        <translation>bei den Lernbildern</translation>
    </message>
    <message>
        <source>round (epoch)</source>
        <translation>Durchgang (Epoche)</translation>
    </message>
    <message>
        <source>right, %</source>
        <translation>richtig, %</translation>
    </message>
    <message>
        <source>Reading pictures: %v of %m</source>
        <translation>Bilder werden gelesen: %v von %m</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A model is ready (%1). Train again if you added pictures.</source>
        <translation>Ein Modell ist fertig (%1). Trainieren Sie erneut, wenn Sie Bilder hinzugefügt haben.</translation>
    </message>
    <message>
        <source>Working out the best settings for your pictures (it tries a few learning rates first)…</source>
        <translation>Die besten Einstellungen für Ihre Bilder werden ermittelt (dazu werden zuerst einige Lernraten ausprobiert)…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Learning…</source>
        <translation>Es lernt…</translation>
    </message>
    <message>
        <source>After round %1 it is %2.</source>
        <translation>Nach Durchgang %1 liegt es %2.</translation>
    </message>
    <message>
        <source>&amp;Train again</source>
        <translation>Erneut &amp;trainieren</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Stopped. The best model so far is kept: it is %1. Next: try it.</source>
        <translation>Angehalten. Das bisher beste Modell bleibt erhalten: Es liegt %1. Als Nächstes: ausprobieren.</translation>
    </message>
    <message>
        <source>Done in %1 s. Your classifier is %2. Next: try it.</source>
        <translation>Fertig nach %1 s. Ihr Klassifikator liegt %2. Als Nächstes: ausprobieren.</translation>
    </message>
    <message>
        <source>Stopped before the first round ended: no model yet. Press Train to start again.</source>
        <translation>Vor dem Ende des ersten Durchgangs angehalten: noch kein Modell. Klicken Sie auf „Trainieren“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>right on every picture it has not seen, so far</source>
        <translation>bisher bei jedem unbekannten Bild richtig</translation>
    </message>
    <message numerus="yes">
        <source>right %n time(s) out of 100 on pictures it has not seen</source>
        <translation>
            <numerusform>bei %n von 100 unbekannten Bildern richtig</numerusform>
            <numerusform>bei %n von 100 unbekannten Bildern richtig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>right %n time(s) out of 10 on pictures it has not seen</source>
        <translation>
            <numerusform>bei %n von 10 unbekannten Bildern richtig</numerusform>
            <numerusform>bei %n von 10 unbekannten Bildern richtig</numerusform>
        </translation>
    </message>
</context>
</TS>
