<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>hullcheck::core::ApiVersion</name>
    <message>
        <source>The daemon announced an API version Hullcheck cannot read (&quot;%1&quot;).</source>
        <translation>Der Daemon meldete eine API-Version, die Hullcheck nicht lesen kann („%1“).</translation>
    </message>
    <message>
        <source>The daemon speaks Engine API %1, older than the %2 Hullcheck needs (Docker Engine 19.03). Upgrade the daemon.</source>
        <translation>Der Daemon spricht Engine-API %1, älter als die von Hullcheck benötigte %2 (Docker Engine 19.03). Aktualisieren Sie den Daemon.</translation>
    </message>
    <message>
        <source>The daemon requires Engine API %1 or newer; this Hullcheck speaks up to %2. Update Hullcheck.</source>
        <translation>Der Daemon verlangt Engine-API %1 oder neuer; dieses Hullcheck spricht bis %2. Aktualisieren Sie Hullcheck.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CertificateFile</name>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>its PEM certificate is not valid base64</source>
        <translation>das PEM-Zertifikat ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>its certificate is not a well-formed X.509 certificate</source>
        <translation>das Zertifikat ist kein wohlgeformtes X.509-Zertifikat</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CliRunner</name>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation>--concurrency braucht eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: %1
</source>
        <translation>hullcheck-cli: Warnung: %1
</translation>
    </message>
    <message>
        <source>hullcheck-cli: %1
</source>
        <translation>hullcheck-cli: %1
</translation>
    </message>
    <message>
        <source>hullcheck-cli %1
Engine API %2 to %3
%4
</source>
        <translation>hullcheck-cli %1
Engine-API %2 bis %3
%4
</translation>
    </message>
    <message>
        <source>no command given; try &quot;hullcheck-cli scan&quot; or &quot;hullcheck-cli snapshot&quot;.</source>
        <translation>kein Befehl angegeben; versuchen Sie „hullcheck-cli scan“ oder „hullcheck-cli snapshot“.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help.</source>
        <translation>unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>--snapshot belongs to &quot;scan&quot;; &quot;snapshot&quot; collects from a daemon.</source>
        <translation>--snapshot gehört zu „scan“; „snapshot“ liest von einem Daemon.</translation>
    </message>
    <message>
        <source>Snapshot of %1 written to %2: %3 containers, %4 images, %5 networks, %6 volumes (%7 ms).
</source>
        <translation>Snapshot von %1 nach %2 geschrieben: %3 Container, %4 Images, %5 Netzwerke, %6 Volumes (%7 ms).
</translation>
    </message>
    <message>
        <source>--include-passed and --no-passed exclude each other.</source>
        <translation>--include-passed und --no-passed schließen einander aus.</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page-size braucht a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format %1 writes a binary file: give it with -o FILE.</source>
        <translation>--format %1 schreibt eine Binärdatei: geben Sie sie mit -o DATEI an.</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use one of %2.</source>
        <translation>unbekanntes --format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>--fail-on needs critical, high, medium or low, not &quot;%1&quot;.</source>
        <translation>--fail-on braucht critical, high, medium oder low, nicht „%1“.</translation>
    </message>
    <message>
        <source>Scan of %1: score %2/100; %3 fail, %4 warn, %5 pass, %6 info, %7 skip, %8 waived. Report: %9
</source>
        <translation>Prüfung von %1: Wertung %2/100; %3 fehlgeschlagen, %4 Warnung, %5 bestanden, %6 Info, %7 übersprungen, %8 ausgenommen. Bericht: %9
</translation>
    </message>
    <message>
        <source>--%1 does not take &quot;%2&quot;.</source>
        <translation>--%1 akzeptiert „%2“ nicht.</translation>
    </message>
    <message>
        <source>--plan and --apply exclude each other.</source>
        <translation>--plan und --apply schließen einander aus.</translation>
    </message>
    <message>
        <source>fix --apply needs --rule ID and --target NAME: it changes one object at a time.</source>
        <translation>fix --apply braucht --rule ID und --target NAME: Es ändert ein Objekt nach dem anderen.</translation>
    </message>
    <message>
        <source>fix --apply changes a live daemon; --snapshot only works with --plan.</source>
        <translation>fix --apply ändert einen laufenden Daemon; --snapshot funktioniert nur mit --plan.</translation>
    </message>
    <message>
        <source>Nothing to fix: no failing result matches.
</source>
        <translation>Nichts zu beheben: Kein fehlgeschlagenes Ergebnis passt.
</translation>
    </message>
    <message>
        <source>no live fix for %1 on %2: the result does not fail there, or it can only be fixed by recreating the object (see fix --plan).</source>
        <translation>keine Live-Korrektur für %1 an %2: Das Ergebnis schlägt dort nicht fehl, oder es lässt sich nur durch Neuerstellen des Objekts beheben (siehe fix --plan).</translation>
    </message>
    <message>
        <source>not changing %1 without confirmation: standard input is not a terminal; add --yes.</source>
        <translation>%1 wird ohne Bestätigung nicht geändert: Die Standardeingabe ist kein Terminal; geben Sie --yes an.</translation>
    </message>
    <message>
        <source>Apply this change to %1? [y/N] </source>
        <translation>Diese Änderung auf %1 anwenden? [y/N] </translation>
    </message>
    <message>
        <source>cancelled; nothing changed.</source>
        <translation>abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Applied to %1: %2
%3 on %1 is now: %4
Logged to %5
</source>
        <translation>Auf %1 angewendet: %2
%3 an %1 ist jetzt: %4
Protokolliert in %5
</translation>
    </message>
    <message>
        <source>Daemon socket to connect to (unix:///path, tcp://host:port).</source>
        <translation>Daemon-Socket, mit dem verbunden wird (unix:///pfad, tcp://host:port).</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Docker context to use (overrides DOCKER_HOST and the current context).</source>
        <translation>Zu verwendender Docker-Kontext (hat Vorrang vor DOCKER_HOST und dem aktuellen Kontext).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use TLS without verifying the daemon&apos;s certificate (unsafe).</source>
        <translation>TLS ohne Prüfung des Daemon-Zertifikats verwenden (unsicher).</translation>
    </message>
    <message>
        <source>Use TLS and verify the daemon&apos;s certificate.</source>
        <translation>TLS verwenden und das Daemon-Zertifikat prüfen.</translation>
    </message>
    <message>
        <source>Trust certs signed only by this CA.</source>
        <translation>Nur Zertifikaten dieser CA vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Path to the TLS client certificate.</source>
        <translation>Pfad zum TLS-Client-Zertifikat.</translation>
    </message>
    <message>
        <source>Path to the TLS client key.</source>
        <translation>Pfad zum TLS-Client-Schlüssel.</translation>
    </message>
    <message>
        <source>Location of the docker client config files (default ~/.docker).</source>
        <translation>Ort der Konfigurationsdateien des Docker-Clients (Standard ~/.docker).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verz</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer of the daemon (default 30).</source>
        <translation>Sekunden, die auf jede Antwort des Daemons gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout braucht eine Anzahl Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>snapshot: replace environment values by a placeholder in the file too (standard output is always redacted).</source>
        <translation>snapshot: Umgebungswerte auch in der Datei durch einen Platzhalter ersetzen (die Standardausgabe wird immer geschwärzt).</translation>
    </message>
    <message>
        <source>Parallel requests to the daemon (default 8).</source>
        <translation>Parallele Anfragen an den Daemon (Standard 8).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Do not read host files and processes, even for a local daemon.</source>
        <translation>Keine Host-Dateien und -Prozesse lesen, auch nicht bei einem lokalen Daemon.</translation>
    </message>
    <message>
        <source>scan: scan a saved snapshot instead of a daemon.</source>
        <translation>scan: einen gespeicherten Snapshot statt eines Daemons prüfen.</translation>
    </message>
    <message>
        <source>scan: report format: json, html, pdf, csv, sarif, junit or md (default json).</source>
        <translation>scan: Berichtsformat: json, html, pdf, csv, sarif, junit oder md (Standard json).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>scan: list passed results one by one (default for csv, sarif, junit).</source>
        <translation>scan: bestandene Ergebnisse einzeln auflisten (Standard für csv, sarif, junit).</translation>
    </message>
    <message>
        <source>scan: count passed results per rule but do not list them (default for html, pdf, md; json always lists every result).</source>
        <translation>scan: bestandene Ergebnisse je Regel zählen, aber nicht auflisten (Standard für html, pdf, md; json listet immer jedes Ergebnis).</translation>
    </message>
    <message>
        <source>scan: PDF page size, a4 or letter (default a4).</source>
        <translation>scan: PDF-Seitengröße, a4 oder letter (Standard a4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>scan: policy file (YAML).</source>
        <translation>scan: Richtliniendatei (YAML).</translation>
    </message>
    <message>
        <source>scan: rule packs from this directory instead of the built-in ones.</source>
        <translation>scan: Regelpakete aus diesem Verzeichnis statt der eingebauten.</translation>
    </message>
    <message>
        <source>scan: exit 1 when a result fails at this severity or above (critical, high, medium, low).</source>
        <translation>scan: mit 1 beenden, wenn ein Ergebnis mit diesem oder höherem Schweregrad fehlschlägt (critical, high, medium, low).</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>fix: print the fixes (commands and patches); change nothing.</source>
        <translation>fix: die Korrekturen ausgeben (Befehle und Patches); nichts ändern.</translation>
    </message>
    <message>
        <source>fix: apply the live fix of --rule to --target, then rescan it.</source>
        <translation>fix: die Live-Korrektur von --rule auf --target anwenden und es dann erneut prüfen.</translation>
    </message>
    <message>
        <source>fix: apply without asking.</source>
        <translation>fix: ohne Rückfrage anwenden.</translation>
    </message>
    <message>
        <source>fix: only this rule (id or CIS id).</source>
        <translation>fix: nur diese Regel (ID oder CIS-ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>fix: only this object (name or id).</source>
        <translation>fix: nur dieses Objekt (Name oder ID).</translation>
    </message>
    <message>
        <source>fix: memory limit to propose, e.g. 512m (default 512m).</source>
        <translation>fix: vorzuschlagende Speichergrenze, z. B. 512m (Standard 512m).</translation>
    </message>
    <message>
        <source>fix: CPU limit to propose, e.g. 1.5 (default: shares).</source>
        <translation>fix: vorzuschlagende CPU-Grenze, z. B. 1.5 (Standard: Anteile).</translation>
    </message>
    <message>
        <source>fix: CPU weight to propose (default 512).</source>
        <translation>fix: vorzuschlagende CPU-Gewichtung (Standard 512).</translation>
    </message>
    <message>
        <source>fix: process limit to propose (default 200).</source>
        <translation>fix: vorzuschlagende Prozessgrenze (Standard 200).</translation>
    </message>
    <message>
        <source>Hullcheck: how safe is this Docker host?

Commands:
  snapshot   Collect a snapshot of a daemon (JSON) for later or offline scans
  scan       Run the benchmark on a daemon or a saved snapshot and write the report
  fix        Print the fixes for failing results (--plan), or apply a live fix (--apply)</source>
        <translation>Hullcheck: Wie sicher ist dieser Docker-Host?

Befehle:
  snapshot   Einen Snapshot eines Daemons (JSON) für spätere oder Offline-Prüfungen erstellen
  scan       Den Benchmark auf einem Daemon oder gespeicherten Snapshot ausführen und den Bericht schreiben
  fix        Die Korrekturen für fehlgeschlagene Ergebnisse ausgeben (--plan) oder eine Live-Korrektur anwenden (--apply)</translation>
    </message>
    <message>
        <source>The command to run: snapshot, scan or fix.</source>
        <translation>Der auszuführende Befehl: snapshot, scan oder fix.</translation>
    </message>
    <message>
        <source>fix: the fix log to append to; scan: the fix log to report (default in the application data directory).</source>
        <translation>fix: das Korrekturprotokoll, an das angehängt wird; scan: das Korrekturprotokoll für den Bericht (Standard im Datenverzeichnis der Anwendung).</translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: TLS verification of %1 is off (--tls without --tlsverify); the daemon&apos;s identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-TLS-VERIFY).
</source>
        <translation>hullcheck-cli: Warnung: Die TLS-Prüfung von %1 ist aus (--tls ohne --tlsverify); die Identität des Daemons wird nicht geprüft. Eine Prüfung meldet dies als kritischen Befund (HC-CONNECTION-TLS-VERIFY).
</translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: %1 is plain TCP: the traffic is unencrypted and the daemon&apos;s identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-PLAIN-TCP).
</source>
        <translation>hullcheck-cli: Warnung: %1 ist unverschlüsseltes TCP: Der Verkehr ist nicht verschlüsselt, und die Identität des Daemons wird nicht geprüft. Eine Prüfung meldet dies als kritischen Befund (HC-CONNECTION-PLAIN-TCP).
</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ConnectionChecks</name>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>%1: %2 erlaubt</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 (-&gt; %2)</source>
        <translation>%1 (-&gt; %2)</translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3</source>
        <translation>%1: Eigentümer %2, Modus %3</translation>
    </message>
    <message>
        <source>the snapshot does not record the connection&apos;s files (it was saved by an older Hullcheck)</source>
        <translation>der Snapshot vermerkt die Dateien der Verbindung nicht (er wurde von einem älteren Hullcheck gespeichert)</translation>
    </message>
    <message>
        <source>the connection uses no client key</source>
        <translation>die Verbindung verwendet keinen Client-Schlüssel</translation>
    </message>
    <message>
        <source>%1 did not exist when the snapshot was taken</source>
        <translation>%1 existierte beim Erstellen des Snapshots nicht</translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 ist keine reguläre Datei (%2)</translation>
    </message>
    <message>
        <source>the rule&apos;s parameter &quot;forbidden&quot; is not an octal mode</source>
        <translation>der Parameter „forbidden“ der Regel ist kein oktaler Modus</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the connection uses no client certificate</source>
        <translation>die Verbindung verwendet kein Client-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the validity of %1: %2</source>
        <translation>die Gültigkeit von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 ist nicht vor %2 gültig</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2, in %n day(s)</source>
        <translation>
            <numerusform>%1 läuft am %2 ab, in %n Tag</numerusform>
            <numerusform>%1 läuft am %2 ab, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>renew it before it expires</source>
        <translation>erneuern Sie es, bevor es abläuft</translation>
    </message>
    <message>
        <source>%1 is valid from %2 until %3</source>
        <translation>%1 ist gültig vom %2 bis %3</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ContainerChecks</name>
    <message>
        <source>volume %1 (a bind of a host path)</source>
        <translation>Volume %1 (ein Bind-Mount eines Host-Pfads)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the image&apos;s Config.User</source>
        <translation>Config.User des Images</translation>
    </message>
    <message>
        <source>(empty: root)</source>
        <translation>(leer: root)</translation>
    </message>
    <message>
        <source>runs as root inside the container; the daemon maps it to an unprivileged host user (user namespaces or rootless mode)</source>
        <translation>läuft im Container als root; der Daemon bildet das auf einen unprivilegierten Host-Benutzer ab (User-Namespaces oder Rootless-Modus)</translation>
    </message>
    <message>
        <source>runs as root</source>
        <translation>läuft als root</translation>
    </message>
    <message>
        <source>HostConfig.Privileged = true: every capability</source>
        <translation>HostConfig.Privileged = true: alle Capabilities</translation>
    </message>
    <message>
        <source>a privileged container has all capabilities</source>
        <translation>ein privilegierter Container hat alle Capabilities</translation>
    </message>
    <message>
        <source>CapDrop: none</source>
        <translation>CapDrop: keine</translation>
    </message>
    <message>
        <source>dangerous capabilities added: %1</source>
        <translation>gefährliche Capabilities hinzugefügt: %1</translation>
    </message>
    <message>
        <source>capabilities beyond Docker&apos;s default set: %1</source>
        <translation>Capabilities über Dockers Standardsatz hinaus: %1</translation>
    </message>
    <message>
        <source>drops every capability and adds back only default ones</source>
        <translation>entfernt alle Capabilities und fügt nur Standard-Capabilities wieder hinzu</translation>
    </message>
    <message>
        <source>keeps Docker&apos;s default capability set; --cap-drop ALL with only the needed --cap-add is stronger</source>
        <translation>behält Dockers Standardsatz an Capabilities; --cap-drop ALL mit nur den nötigen --cap-add ist strenger</translation>
    </message>
    <message>
        <source>sensitive host paths are mounted; read-only does not protect credentials or sockets</source>
        <translation>sensible Host-Pfade sind eingehängt; Schreibschutz schützt weder Zugangsdaten noch Sockets</translation>
    </message>
    <message>
        <source>sensitive host paths are mounted read-only</source>
        <translation>sensible Host-Pfade sind schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>no bind mounts</source>
        <translation>keine Bind-Mounts</translation>
    </message>
    <message>
        <source>%1 bind mount(s), none of a sensitive host path</source>
        <translation>%1 Bind-Mount(s), keiner davon auf einen sensiblen Host-Pfad</translation>
    </message>
    <message>
        <source>the daemon&apos;s socket</source>
        <translation>der Socket des Daemons</translation>
    </message>
    <message>
        <source>an engine socket</source>
        <translation>ein Engine-Socket</translation>
    </message>
    <message>
        <source>a directory holding %1</source>
        <translation>ein Verzeichnis, das %1 enthält</translation>
    </message>
    <message>
        <source>named like an engine socket</source>
        <translation>benannt wie ein Engine-Socket</translation>
    </message>
    <message>
        <source>the container can control the container engine and so the host</source>
        <translation>der Container kann die Container-Engine und damit den Host steuern</translation>
    </message>
    <message>
        <source>no mount exposes %1</source>
        <translation>kein Mount legt %1 offen</translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>port %1 is exposed</source>
        <translation>Port %1 ist offengelegt</translation>
    </message>
    <message>
        <source>host PID namespace: cannot attribute processes</source>
        <translation>PID-Namespace des Hosts: Prozesse lassen sich nicht zuordnen</translation>
    </message>
    <message>
        <source>not running; %1</source>
        <translation>läuft nicht; %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>the process list was not collected; %1</source>
        <translation>die Prozessliste wurde nicht erfasst; %1</translation>
    </message>
    <message>
        <source>the process list was not collected</source>
        <translation>die Prozessliste wurde nicht erfasst</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>an SSH daemon runs in the container</source>
        <translation>im Container läuft ein SSH-Daemon</translation>
    </message>
    <message>
        <source>no %1 among %2 process(es)</source>
        <translation>kein %1 unter %2 Prozess(en)</translation>
    </message>
    <message>
        <source>(any port)</source>
        <translation>(beliebiger Port)</translation>
    </message>
    <message>
        <source> (default address)</source>
        <translation> (Standardadresse)</translation>
    </message>
    <message>
        <source>host network: the container&apos;s ports are the host&apos;s and are not published (see 5.10)</source>
        <translation>Host-Netzwerk: Die Ports des Containers sind die des Hosts und werden nicht veröffentlicht (siehe 5.10)</translation>
    </message>
    <message>
        <source>no published ports</source>
        <translation>keine veröffentlichten Ports</translation>
    </message>
    <message>
        <source>host ports below %1 are published</source>
        <translation>Host-Ports unter %1 sind veröffentlicht</translation>
    </message>
    <message>
        <source>ports are published on every host interface</source>
        <translation>Ports sind auf allen Host-Schnittstellen veröffentlicht</translation>
    </message>
    <message>
        <source>review that every published port is needed</source>
        <translation>prüfen Sie, ob jeder veröffentlichte Port nötig ist</translation>
    </message>
    <message>
        <source>host has no AppArmor</source>
        <translation>Host hat kein AppArmor</translation>
    </message>
    <message>
        <source>privileged: no AppArmor profile</source>
        <translation>privilegiert: kein AppArmor-Profil</translation>
    </message>
    <message>
        <source>no profile recorded: Docker applies docker-default at start</source>
        <translation>kein Profil vermerkt: Docker wendet beim Start docker-default an</translation>
    </message>
    <message>
        <source>runs without AppArmor confinement</source>
        <translation>läuft ohne AppArmor-Einschränkung</translation>
    </message>
    <message>
        <source>host has no SELinux (the daemon reports no SELinux support)</source>
        <translation>Host hat kein SELinux (der Daemon meldet keine SELinux-Unterstützung)</translation>
    </message>
    <message>
        <source> (added by Docker for %1)</source>
        <translation> (von Docker für %1 hinzugefügt)</translation>
    </message>
    <message>
        <source>SELinux separation is disabled</source>
        <translation>SELinux-Trennung ist abgeschaltet</translation>
    </message>
    <message>
        <source>no SELinux label</source>
        <translation>kein SELinux-Label</translation>
    </message>
    <message>
        <source>the container has no SELinux label</source>
        <translation>der Container hat kein SELinux-Label</translation>
    </message>
    <message>
        <source>HostConfig.Privileged = true: seccomp is not applied</source>
        <translation>HostConfig.Privileged = true: seccomp wird nicht angewendet</translation>
    </message>
    <message>
        <source>privileged containers run without seccomp</source>
        <translation>privilegierte Container laufen ohne seccomp</translation>
    </message>
    <message>
        <source>seccomp is disabled</source>
        <translation>seccomp ist abgeschaltet</translation>
    </message>
    <message>
        <source>custom seccomp profile (%1 characters)</source>
        <translation>eigenes seccomp-Profil (%1 Zeichen)</translation>
    </message>
    <message>
        <source>a custom profile: review that it is at least as strict as Docker&apos;s default</source>
        <translation>ein eigenes Profil: prüfen Sie, ob es mindestens so streng ist wie Dockers Standardprofil</translation>
    </message>
    <message>
        <source>no profile of its own; the daemon&apos;s default profile is unconfined</source>
        <translation>kein eigenes Profil; das Standardprofil des Daemons ist unconfined</translation>
    </message>
    <message>
        <source>seccomp is disabled daemon-wide</source>
        <translation>seccomp ist für den ganzen Daemon abgeschaltet</translation>
    </message>
    <message>
        <source>the daemon&apos;s default seccomp profile (%1)</source>
        <translation>das Standard-seccomp-Profil des Daemons (%1)</translation>
    </message>
    <message>
        <source>the daemon reports no seccomp support (no name=seccomp in SecurityOptions)</source>
        <translation>der Daemon meldet keine seccomp-Unterstützung (kein name=seccomp in SecurityOptions)</translation>
    </message>
    <message>
        <source>explicitly allows gaining privileges (overrides the daemon default)</source>
        <translation>erlaubt ausdrücklich das Erlangen von Rechten (überschreibt den Daemon-Standard)</translation>
    </message>
    <message>
        <source>not set on the container; the daemon sets no-new-privileges for all</source>
        <translation>am Container nicht gesetzt; der Daemon setzt no-new-privileges für alle</translation>
    </message>
    <message>
        <source>not set on the container</source>
        <translation>am Container nicht gesetzt</translation>
    </message>
    <message>
        <source>the daemon default (--no-new-privileges) cannot be seen on a remote daemon</source>
        <translation>der Daemon-Standard (--no-new-privileges) ist bei einem entfernten Daemon nicht sichtbar</translation>
    </message>
    <message>
        <source>not set on the container, and the daemon does not set it by default</source>
        <translation>am Container nicht gesetzt, und der Daemon setzt es nicht standardmäßig</translation>
    </message>
    <message>
        <source>the container names no image</source>
        <translation>der Container nennt kein Image</translation>
    </message>
    <message>
        <source> (pinned by image ID)</source>
        <translation> (per Image-ID festgelegt)</translation>
    </message>
    <message>
        <source> (pinned by digest)</source>
        <translation> (per Digest festgelegt)</translation>
    </message>
    <message>
        <source> (no tag: means :latest); runs image %1</source>
        <translation> (kein Tag: bedeutet :latest); führt Image %1 aus</translation>
    </message>
    <message>
        <source>not pinned: the image is whatever :latest was when the container was created</source>
        <translation>nicht festgelegt: Das Image ist das, was :latest beim Erstellen des Containers war</translation>
    </message>
    <message>
        <source>; runs image %1</source>
        <translation>; führt Image %1 aus</translation>
    </message>
    <message>
        <source>not pinned: :latest moves with every push</source>
        <translation>nicht festgelegt: :latest ändert sich mit jedem Push</translation>
    </message>
    <message>
        <source>; runs image %1 but the tag now names image %2</source>
        <translation>; führt Image %1 aus, aber der Tag benennt jetzt Image %2</translation>
    </message>
    <message>
        <source>the tag was moved: the container runs an older image</source>
        <translation>der Tag wurde verschoben: Der Container führt ein älteres Image aus</translation>
    </message>
    <message>
        <source>; image %1 has no registry digest (built locally or loaded)</source>
        <translation>; Image %1 hat keinen Registry-Digest (lokal gebaut oder geladen)</translation>
    </message>
    <message>
        <source>pinned by tag only: without a registry digest the tag cannot be verified or pinned by digest</source>
        <translation>nur per Tag festgelegt: Ohne Registry-Digest lässt sich der Tag weder verifizieren noch per Digest festlegen</translation>
    </message>
    <message>
        <source>attached to network %1%2</source>
        <translation>mit Netzwerk %1%2 verbunden</translation>
    </message>
    <message>
        <source> (bridge %1)</source>
        <translation> (Bridge %1)</translation>
    </message>
    <message>
        <source>on the default bridge, where every container can reach every other</source>
        <translation>im Standard-Bridge-Netzwerk, in dem jeder Container jeden anderen erreicht</translation>
    </message>
    <message>
        <source>networks: %1</source>
        <translation>Netzwerke: %1</translation>
    </message>
    <message>
        <source>no networks</source>
        <translation>keine Netzwerke</translation>
    </message>
    <message>
        <source>one network: %1</source>
        <translation>ein Netzwerk: %1</translation>
    </message>
    <message>
        <source>%1 networks: %2</source>
        <translation>%1 Netzwerke: %2</translation>
    </message>
    <message>
        <source> (all internal)</source>
        <translation> (alle intern)</translation>
    </message>
    <message>
        <source>; not internal: %1</source>
        <translation>; nicht intern: %1</translation>
    </message>
    <message>
        <source>joins several networks, at least one of them with outside access: it bridges them</source>
        <translation>tritt mehreren Netzwerken bei, mindestens einem davon mit Zugang nach außen: So überbrückt er sie</translation>
    </message>
    <message>
        <source>swarm task: restarts follow the service&apos;s restart policy</source>
        <translation>Swarm-Task: Neustarts folgen der Neustartrichtlinie des Dienstes</translation>
    </message>
    <message>
        <source>restart policy: no</source>
        <translation>Neustartrichtlinie: no</translation>
    </message>
    <message>
        <source>restart policy: %1</source>
        <translation>Neustartrichtlinie: %1</translation>
    </message>
    <message>
        <source>restart policy: on-failure without a maximum</source>
        <translation>Neustartrichtlinie: on-failure ohne Höchstzahl</translation>
    </message>
    <message>
        <source>restarts a failing container forever</source>
        <translation>startet einen fehlschlagenden Container endlos neu</translation>
    </message>
    <message>
        <source>more than %1 restart attempts</source>
        <translation>mehr als %1 Neustartversuche</translation>
    </message>
    <message>
        <source>unknown restart policy &quot;%1&quot;</source>
        <translation>unbekannte Neustartrichtlinie „%1“</translation>
    </message>
    <message>
        <source>RestartCount = %1</source>
        <translation>RestartCount = %1</translation>
    </message>
    <message>
        <source>the kernel killed it for lack of memory</source>
        <translation>der Kernel hat ihn wegen Speichermangels beendet</translation>
    </message>
    <message>
        <source>in a restart loop</source>
        <translation>in einer Neustartschleife</translation>
    </message>
    <message>
        <source>restarted more than %1 times</source>
        <translation>mehr als %1-mal neu gestartet</translation>
    </message>
    <message>
        <source>read-only root filesystem: the image&apos;s files cannot change</source>
        <translation>schreibgeschütztes Root-Dateisystem: Die Dateien des Images können sich nicht ändern</translation>
    </message>
    <message>
        <source>file changes were not collected (GET /containers/{id}/changes)</source>
        <translation>Dateiänderungen wurden nicht erfasst (GET /containers/{id}/changes)</translation>
    </message>
    <message>
        <source>no changes against the image</source>
        <translation>keine Änderungen gegenüber dem Image</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 insgesamt)</translation>
    </message>
    <message>
        <source>files changed since the container started from its image</source>
        <translation>seit dem Start des Containers aus seinem Image geänderte Dateien</translation>
    </message>
    <message>
        <source>no required labels in the policy (requiredLabels)</source>
        <translation>keine Pflicht-Labels in der Richtlinie (requiredLabels)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>; present: %1</source>
        <translation>; vorhanden: %1</translation>
    </message>
    <message>
        <source>required labels are missing</source>
        <translation>Pflicht-Labels fehlen</translation>
    </message>
    <message>
        <source>present: %1</source>
        <translation>vorhanden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 containers: %2; %3 not running</source>
        <translation>%1 Container: %2; %3 laufen nicht</translation>
    </message>
    <message>
        <source>; /info: %1 containers, %2 running</source>
        <translation>; /info: %1 Container, %2 laufen</translation>
    </message>
    <message>
        <source>more than %1 containers are not running</source>
        <translation>mehr als %1 Container laufen nicht</translation>
    </message>
    <message>
        <source>review containers that are not running and remove those no longer needed</source>
        <translation>prüfen Sie nicht laufende Container und entfernen Sie die, die nicht mehr gebraucht werden</translation>
    </message>
    <message>
        <source>not a manager node: the swarm&apos;s settings are visible on managers only</source>
        <translation>kein Manager-Knoten: Die Einstellungen des Swarms sind nur auf Managern sichtbar</translation>
    </message>
    <message>
        <source>%1 manager(s) of %2 node(s)</source>
        <translation>%1 Manager von %2 Knoten</translation>
    </message>
    <message>
        <source>more managers than needed</source>
        <translation>mehr Manager als nötig</translation>
    </message>
    <message>
        <source>an even number of managers adds no fault tolerance</source>
        <translation>eine gerade Zahl von Managern bringt keine zusätzliche Ausfallsicherheit</translation>
    </message>
    <message>
        <source>overlay networks without encryption: %1</source>
        <translation>Overlay-Netzwerke ohne Verschlüsselung: %1</translation>
    </message>
    <message>
        <source>traffic between nodes on these networks is not encrypted</source>
        <translation>der Verkehr zwischen Knoten in diesen Netzwerken ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>no overlay networks</source>
        <translation>keine Overlay-Netzwerke</translation>
    </message>
    <message>
        <source>encrypted overlay networks: %1</source>
        <translation>verschlüsselte Overlay-Netzwerke: %1</translation>
    </message>
    <message>
        <source>manual review: the API does not show when the unlock key was last rotated</source>
        <translation>manuelle Prüfung: Die API zeigt nicht, wann der Entsperrschlüssel zuletzt rotiert wurde</translation>
    </message>
    <message>
        <source>auto-lock is off, so there is no unlock key to rotate (see 7.5)</source>
        <translation>Auto-Lock ist aus, es gibt also keinen Entsperrschlüssel zum Rotieren (siehe 7.5)</translation>
    </message>
    <message>
        <source>the managers&apos; raft keys are stored unencrypted at rest</source>
        <translation>die Raft-Schlüssel der Manager sind ruhend unverschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>node certificates expire after %1 day(s)%2</source>
        <translation>Knotenzertifikate laufen nach %1 Tag(en) ab%2</translation>
    </message>
    <message>
        <source> (Docker&apos;s default)</source>
        <translation> (Dockers Standard)</translation>
    </message>
    <message>
        <source>node certificates live longer than %1 days</source>
        <translation>Knotenzertifikate gelten länger als %1 Tage</translation>
    </message>
    <message>
        <source>swarm mode not enabled</source>
        <translation>Swarm-Modus nicht aktiviert</translation>
    </message>
    <message>
        <source>swarm node state is &quot;%1&quot;</source>
        <translation>Zustand des Swarm-Knotens ist „%1“</translation>
    </message>
    <message>
        <source>manual review: the listen socket of port 2377 needs host access; check that it is bound to %1 and not to every interface</source>
        <translation>manuelle Prüfung: Der Listen-Socket von Port 2377 braucht Host-Zugriff; prüfen Sie, ob er an %1 und nicht an alle Schnittstellen gebunden ist</translation>
    </message>
    <message>
        <source>one address</source>
        <translation>eine Adresse</translation>
    </message>
    <message>
        <source>swarm secrets are not part of the snapshot</source>
        <translation>Swarm-Secrets sind nicht Teil des Snapshots</translation>
    </message>
    <message>
        <source>manual review: services should take their secrets from docker secret, not from environment variables or images</source>
        <translation>manuelle Prüfung: Dienste sollten ihre Secrets aus docker secret beziehen, nicht aus Umgebungsvariablen oder Images</translation>
    </message>
    <message>
        <source>manual review: the API shows no history of root CA rotations (docker swarm ca --rotate)</source>
        <translation>manuelle Prüfung: Die API zeigt keinen Verlauf der Root-CA-Rotationen (docker swarm ca --rotate)</translation>
    </message>
    <message>
        <source>manual review: check that --data-path-addr puts container traffic on an interface other than the management address</source>
        <translation>manuelle Prüfung: Prüfen Sie, ob --data-path-addr den Container-Verkehr auf eine andere Schnittstelle als die Verwaltungsadresse legt</translation>
    </message>
    <message>
        <source>unknown swarm check &quot;%1&quot;</source>
        <translation>unbekannte Swarm-Prüfung „%1“</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ContextStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason from the system</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot parse %1: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s message</extracomment>
        <translation>%1 kann nicht verarbeitet werden: %2</translation>
    </message>
    <message>
        <source>The context name is empty.</source>
        <translation>Der Kontextname ist leer.</translation>
    </message>
    <message>
        <source>&quot;default&quot; is the built-in context; it is not stored.</source>
        <translation>„default“ ist der eingebaute Kontext; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; does not exist in %2.</source>
        <extracomment>%1 is a docker context name, %2 the directory of the docker context store</extracomment>
        <translation>Docker-Kontext „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; has no docker endpoint (%2).</source>
        <extracomment>%1 is a docker context name, %2 the path of its meta.json</extracomment>
        <translation>Docker-Kontext „%1“ hat keinen Docker-Endpunkt (%2).</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CurlDockerApi</name>
    <message>
        <source>A client certificate needs both a certificate and its key; only %1 was given.</source>
        <translation>Ein Client-Zertifikat braucht Zertifikat und Schlüssel; nur %1 wurde angegeben.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>%1 answered, but not like a Docker daemon (no API version, no &quot;OK&quot; on /_ping).</source>
        <translation>%1 hat geantwortet, aber nicht wie ein Docker-Daemon (keine API-Version, kein „OK“ auf /_ping).</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>Die %1-Datei %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read: %3.</source>
        <translation>Die %1-Datei %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not create a connection handle.</source>
        <translation>Es konnte kein Verbindungs-Handle erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::DaemonChecks</name>
    <message>
        <source>needs host access</source>
        <translation>braucht Host-Zugriff</translation>
    </message>
    <message>
        <source>command line %1</source>
        <translation>Befehlszeile %1</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot;</source>
        <translation>%1, Schlüssel „%2“</translation>
    </message>
    <message>
        <source>%1: %2 is only visible on the daemon&apos;s command line or in its daemon.json</source>
        <translation>%1: %2 ist nur in der Befehlszeile des Daemons oder in seiner daemon.json sichtbar</translation>
    </message>
    <message>
        <source>the daemon&apos;s command line could not be read (%1), so %2 is unknown</source>
        <translation>die Befehlszeile des Daemons konnte nicht gelesen werden (%1), daher ist %2 unbekannt</translation>
    </message>
    <message>
        <source>no process found</source>
        <translation>kein Prozess gefunden</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so %3 is unknown</source>
        <translation>%1 konnte nicht gelesen werden (%2), daher ist %3 unbekannt</translation>
    </message>
    <message>
        <source>Podman has no dockerd settings (%1)</source>
        <translation>Podman hat keine dockerd-Einstellungen (%1)</translation>
    </message>
    <message>
        <source>storage driver %1 (/info Driver): %2 applies to %3 only</source>
        <translation>Speichertreiber %1 (/info Driver): %2 gilt nur für %3</translation>
    </message>
    <message>
        <source>debug logging is on (/info Debug = true)</source>
        <translation>Debug-Protokollierung ist an (/info Debug = true)</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not set: the default %2 applies</source>
        <translation>%1 ist nicht gesetzt: Es gilt der Standard %2</translation>
    </message>
    <message>
        <source>%1 is not set on the command line nor in %2</source>
        <translation>%1 ist weder in der Befehlszeile noch in %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 has a value that is not a boolean: %2</source>
        <translation>%1 hat einen Wert, der kein Boolescher Wert ist: %2</translation>
    </message>
    <message>
        <source>the rule gives no test (params: expect, expect_set or fail_contains)</source>
        <translation>die Regel gibt keinen Test an (params: expect, expect_set oder fail_contains)</translation>
    </message>
    <message>
        <source>this scan reached the daemon over plain TCP at %1: anyone who can reach that port controls the daemon, and so the host</source>
        <translation>diese Prüfung erreichte den Daemon über unverschlüsseltes TCP unter %1: Wer diesen Port erreicht, steuert den Daemon und damit den Host</translation>
    </message>
    <message>
        <source>this scan reached %1 over TLS without verifying the daemon&apos;s certificate</source>
        <translation>diese Prüfung erreichte %1 über TLS, ohne das Zertifikat des Daemons zu prüfen</translation>
    </message>
    <message>
        <source>this scan used TLS with a verified server certificate (%1)</source>
        <translation>diese Prüfung nutzte TLS mit einem geprüften Server-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>this scan used the unix socket %1</source>
        <translation>diese Prüfung nutzte den Unix-Socket %1</translation>
    </message>
    <message>
        <source>listeners: %1 (TLS: %2)</source>
        <translation>Listener: %1 (TLS: %2)</translation>
    </message>
    <message>
        <source>%1 uses TLS without --tlsverify: any client can connect without a certificate</source>
        <translation>%1 nutzt TLS ohne --tlsverify: Jeder Client kann sich ohne Zertifikat verbinden</translation>
    </message>
    <message>
        <source>%1 accepts connections without TLS</source>
        <translation>%1 nimmt Verbindungen ohne TLS an</translation>
    </message>
    <message>
        <source>the daemon&apos;s command line could not be read</source>
        <translation>die Befehlszeile des Daemons konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>TLS is in use; whether the daemon demands client certificates (--tlsverify) and which other ports it listens on are unknown (%1)</source>
        <translation>TLS wird verwendet; ob der Daemon Client-Zertifikate verlangt (--tlsverify) und auf welchen anderen Ports er lauscht, ist unbekannt (%1)</translation>
    </message>
    <message>
        <source>%1: the daemon&apos;s TCP listeners are only visible on its command line and in daemon.json (this scan used the unix socket)</source>
        <translation>%1: Die TCP-Listener des Daemons sind nur in seiner Befehlszeile und in daemon.json sichtbar (diese Prüfung nutzte den Unix-Socket)</translation>
    </message>
    <message>
        <source>the daemon does not report RegistryConfig in /info</source>
        <translation>der Daemon meldet RegistryConfig nicht in /info</translation>
    </message>
    <message>
        <source>no insecure registries in /info RegistryConfig</source>
        <translation>keine unsicheren Registries in /info RegistryConfig</translation>
    </message>
    <message>
        <source>insecure registries: %1</source>
        <translation>unsichere Registries: %1</translation>
    </message>
    <message>
        <source>loopback, ignored: %1</source>
        <translation>Loopback, ignoriert: %1</translation>
    </message>
    <message>
        <source>%1 also lists %2, which the running daemon does not use (not restarted since?)</source>
        <translation>%1 nennt außerdem %2, was der laufende Daemon nicht verwendet (seitdem nicht neu gestartet?)</translation>
    </message>
    <message>
        <source>Podman reads insecure registries from registries.conf; /info may not list them</source>
        <translation>Podman liest unsichere Registries aus registries.conf; /info listet sie womöglich nicht</translation>
    </message>
    <message>
        <source>Podman has no default &quot;bridge&quot; network (its default network is &quot;podman&quot;, which has no enable_icc option)</source>
        <translation>Podman hat kein Standardnetzwerk „bridge“ (sein Standardnetzwerk ist „podman“, das keine Option enable_icc hat)</translation>
    </message>
    <message>
        <source>the daemon has no default bridge network (started with --bridge=none?)</source>
        <translation>der Daemon hat kein Standard-Bridge-Netzwerk (mit --bridge=none gestartet?)</translation>
    </message>
    <message>
        <source>the default bridge network does not report %1</source>
        <translation>das Standard-Bridge-Netzwerk meldet %1 nicht</translation>
    </message>
    <message>
        <source>default bridge network: %1 = %2</source>
        <translation>Standard-Bridge-Netzwerk: %1 = %2</translation>
    </message>
    <message>
        <source>; icc=false is configured but not in effect: restart the daemon</source>
        <translation>; icc=false ist konfiguriert, aber nicht wirksam: Starten Sie den Daemon neu</translation>
    </message>
    <message>
        <source>Podman has no long-running daemon that containers depend on; live restore does not apply</source>
        <translation>Podman hat keinen langlebigen Daemon, von dem Container abhängen; Live-Restore ist nicht anwendbar</translation>
    </message>
    <message>
        <source>the daemon does not report LiveRestoreEnabled in /info</source>
        <translation>der Daemon meldet LiveRestoreEnabled nicht in /info</translation>
    </message>
    <message>
        <source>/info LiveRestoreEnabled = %1</source>
        <translation>/info LiveRestoreEnabled = %1</translation>
    </message>
    <message>
        <source>this node is in swarm mode, which does not support live restore</source>
        <translation>dieser Knoten ist im Swarm-Modus, der Live-Restore nicht unterstützt</translation>
    </message>
    <message>
        <source>Podman does not report a default logging driver in /info (see log_driver in containers.conf)</source>
        <translation>Podman meldet in /info keinen Standard-Logging-Treiber (siehe log_driver in containers.conf)</translation>
    </message>
    <message>
        <source>the daemon does not report LoggingDriver in /info</source>
        <translation>der Daemon meldet LoggingDriver nicht in /info</translation>
    </message>
    <message>
        <source>/info LoggingDriver = %1</source>
        <translation>/info LoggingDriver = %1</translation>
    </message>
    <message>
        <source>container logs are discarded</source>
        <translation>Container-Logs werden verworfen</translation>
    </message>
    <message>
        <source>container logs stay on this host only</source>
        <translation>Container-Logs bleiben nur auf diesem Host</translation>
    </message>
    <message>
        <source>%1 keeps logs on this host unless it is set up to forward them</source>
        <translation>%1 behält Logs auf diesem Host, sofern er nicht zum Weiterleiten eingerichtet ist</translation>
    </message>
    <message>
        <source>Podman does not support Docker authorization plugins</source>
        <translation>Podman unterstützt keine Docker-Autorisierungs-Plugins</translation>
    </message>
    <message>
        <source>the daemon does not report Plugins in /info</source>
        <translation>der Daemon meldet Plugins nicht in /info</translation>
    </message>
    <message>
        <source>/info Plugins.Authorization is empty</source>
        <translation>/info Plugins.Authorization ist leer</translation>
    </message>
    <message>
        <source>authorization plugins: %1</source>
        <translation>Autorisierungs-Plugins: %1</translation>
    </message>
    <message>
        <source>Podman always reports ExperimentalBuild = true; it has no experimental daemon mode</source>
        <translation>Podman meldet immer ExperimentalBuild = true; es hat keinen experimentellen Daemon-Modus</translation>
    </message>
    <message>
        <source>the daemon does not report ExperimentalBuild in /info</source>
        <translation>der Daemon meldet ExperimentalBuild nicht in /info</translation>
    </message>
    <message>
        <source>/info ExperimentalBuild = %1</source>
        <translation>/info ExperimentalBuild = %1</translation>
    </message>
    <message>
        <source>Podman %1: the release table covers Docker Engine only</source>
        <translation>Podman %1: Die Versionstabelle deckt nur Docker Engine ab</translation>
    </message>
    <message>
        <source>Podman does not use containerd</source>
        <translation>Podman verwendet kein containerd</translation>
    </message>
    <message>
        <source>%1: the daemon does not report its version</source>
        <translation>%1: Der Daemon meldet seine Version nicht</translation>
    </message>
    <message>
        <source>%1: cannot read the version &quot;%2&quot;</source>
        <translation>%1: Die Version „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 %2 (package %3)</source>
        <translation>%1 %2 (Paket %3)</translation>
    </message>
    <message>
        <source>%1: not in the release table</source>
        <translation>%1: nicht in der Versionstabelle</translation>
    </message>
    <message>
        <source>release series %1 is unmaintained since %2</source>
        <translation>Release-Reihe %1 wird seit %2 nicht mehr gepflegt</translation>
    </message>
    <message>
        <source>release series %1 is unmaintained</source>
        <translation>Release-Reihe %1 wird nicht mehr gepflegt</translation>
    </message>
    <message>
        <source>release series %1 is maintained until %2</source>
        <translation>Release-Reihe %1 wird bis %2 gepflegt</translation>
    </message>
    <message>
        <source>release series %1 is maintained</source>
        <translation>Release-Reihe %1 wird gepflegt</translation>
    </message>
    <message>
        <source>older than every release series in the table (oldest %1): unmaintained</source>
        <translation>älter als jede Release-Reihe der Tabelle (älteste %1): nicht mehr gepflegt</translation>
    </message>
    <message>
        <source>newer than the release table: its support and advisories are not known yet</source>
        <translation>neuer als die Versionstabelle: Unterstützung und Sicherheitshinweise sind noch nicht bekannt</translation>
    </message>
    <message>
        <source>release series %1 is not in the table</source>
        <translation>Release-Reihe %1 ist nicht in der Tabelle</translation>
    </message>
    <message>
        <source>, fixed in %1</source>
        <translation>, behoben in %1</translation>
    </message>
    <message>
        <source>%1 (fixed by package %2)</source>
        <translation>%1 (behoben durch Paket %2)</translation>
    </message>
    <message>
        <source>vulnerable: %1</source>
        <translation>verwundbar: %1</translation>
    </message>
    <message>
        <source>a distribution build (%1): upstream advisories affect %2 but the distribution may have backported fixes, check its security tracker: %3</source>
        <translation>ein Distributions-Build (%1): Upstream-Sicherheitshinweise betreffen %2, aber die Distribution hat Korrekturen womöglich zurückportiert; prüfen Sie ihren Security-Tracker: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies) do not apply to this configuration (authorization plugins or swarm not in use)</source>
        <translation>
            <numerusform>%n Hinweis trifft auf diese Konfiguration nicht zu (Autorisierungs-Plugins oder Swarm nicht in Gebrauch)</numerusform>
            <numerusform>%n Hinweise treffen auf diese Konfiguration nicht zu (Autorisierungs-Plugins oder Swarm nicht in Gebrauch)</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule has no release table (params.table)</source>
        <translation>die Regel hat keine Versionstabelle (params.table)</translation>
    </message>
    <message numerus="yes">
        <source>release table of %1 (%n day(s) before this snapshot)</source>
        <translation>
            <numerusform>Versionstabelle vom %1 (%n Tag vor diesem Snapshot)</numerusform>
            <numerusform>Versionstabelle vom %1 (%n Tage vor diesem Snapshot)</numerusform>
        </translation>
    </message>
    <message>
        <source>release table without a date</source>
        <translation>Versionstabelle ohne Datum</translation>
    </message>
    <message>
        <source>kernel %1, shared by every container: keep it patched with the host OS</source>
        <translation>Kernel %1, von jedem Container gemeinsam genutzt: Halten Sie ihn mit dem Host-Betriebssystem aktuell</translation>
    </message>
    <message>
        <source>no component could be compared with the release table</source>
        <translation>keine Komponente ließ sich mit der Versionstabelle vergleichen</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Endpoint</name>
    <message>
        <source>%1 (plain TCP, unencrypted)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2375</extracomment>
        <translation>%1 (reines TCP, unverschlüsselt)</translation>
    </message>
    <message>
        <source>%1 (TLS, verified)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2376</extracomment>
        <translation>%1 (TLS, geprüft)</translation>
    </message>
    <message>
        <source>%1 (TLS, NOT verified)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2376; the server certificate is not checked</extracomment>
        <translation>%1 (TLS, NICHT geprüft)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::EndpointResolver</name>
    <message>
        <source>Invalid Docker host &quot;%1&quot;. Use unix:///path/to/socket or tcp://host:port.</source>
        <extracomment>%1 is the -H/DOCKER_HOST value the user gave</extracomment>
        <translation>Ungültiger Docker-Host „%1“. Verwenden Sie unix:///pfad/zum/socket oder tcp://host:port.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot;: %2</source>
        <extracomment>%1 is a docker context name, %2 the reason its host is unusable</extracomment>
        <translation>Docker-Kontext „%1“: %2</translation>
    </message>
    <message>
        <source>ssh:// endpoints (%1) are not supported yet. Connect through tcp:// with TLS, or run Hullcheck on the Docker host and use its local socket.</source>
        <extracomment>%1 is the ssh:// endpoint the user gave</extracomment>
        <translation>ssh://-Endpunkte (%1) werden noch nicht unterstützt. Verbinden Sie sich über tcp:// mit TLS oder führen Sie Hullcheck auf dem Docker-Host aus und verwenden Sie dessen lokalen Socket.</translation>
    </message>
    <message>
        <source>npipe:// endpoints (%1) are Windows named pipes and are not supported. Use tcp:// with TLS or a unix socket.</source>
        <extracomment>%1 is the npipe:// endpoint the user gave</extracomment>
        <translation>npipe://-Endpunkte (%1) sind Named Pipes von Windows und werden nicht unterstützt. Verwenden Sie tcp:// mit TLS oder einen Unix-Socket.</translation>
    </message>
    <message>
        <source>fd:// (%1) is only valid for the Docker daemon itself, not for clients. Use unix:// or tcp://.</source>
        <extracomment>%1 is the fd:// value the user gave</extracomment>
        <translation>fd:// (%1) gilt nur für den Docker-Daemon selbst, nicht für Clients. Verwenden Sie unix:// oder tcp://.</translation>
    </message>
    <message>
        <source>conflicting options: either specify --host or --context, not both</source>
        <translation>widersprüchliche Optionen: entweder --host oder --context angeben, nicht beide</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Engine</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>not: </source>
        <translation>nicht: </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Waiver expired on %1 (approved by %2: %3); the result counts again.</source>
        <translation>Ausnahme am %1 abgelaufen (genehmigt von %2: %3); das Ergebnis zählt wieder.</translation>
    </message>
    <message>
        <source>Waived by %1 until %2: %3</source>
        <translation>Ausgenommen durch %1 bis %2: %3</translation>
    </message>
    <message>
        <source>(no approver)</source>
        <translation>(kein Genehmigender)</translation>
    </message>
    <message>
        <source>needs host access</source>
        <translation>braucht Host-Zugriff</translation>
    </message>
    <message>
        <source>Manual review: %1</source>
        <translation>Manuelle Prüfung: %1</translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot;</source>
        <translation>unbekannte eingebaute Prüfung „%1“</translation>
    </message>
    <message>
        <source>the rule defines no check</source>
        <translation>die Regel definiert keine Prüfung</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::FileIo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot restrict its permissions</source>
        <translation>seine Berechtigungen lassen sich nicht einschränken</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::FixLog</name>
    <message>
        <source>Cannot write the fix log %1: %2</source>
        <translation>Das Korrekturprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the fix log %1: %2</source>
        <translation>Das Korrekturprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HostChecks</name>
    <message>
        <source>setuid</source>
        <translation>setuid</translation>
    </message>
    <message>
        <source>setgid</source>
        <translation>setgid</translation>
    </message>
    <message>
        <source>sticky</source>
        <translation>sticky</translation>
    </message>
    <message>
        <source>owner read</source>
        <translation>Eigentümer lesen</translation>
    </message>
    <message>
        <source>owner write</source>
        <translation>Eigentümer schreiben</translation>
    </message>
    <message>
        <source>owner execute</source>
        <translation>Eigentümer ausführen</translation>
    </message>
    <message>
        <source>group read</source>
        <translation>Gruppe lesen</translation>
    </message>
    <message>
        <source>group write</source>
        <translation>Gruppe schreiben</translation>
    </message>
    <message>
        <source>group execute</source>
        <translation>Gruppe ausführen</translation>
    </message>
    <message>
        <source>others read</source>
        <translation>andere lesen</translation>
    </message>
    <message>
        <source>others write</source>
        <translation>andere schreiben</translation>
    </message>
    <message>
        <source>others execute</source>
        <translation>andere ausführen</translation>
    </message>
    <message>
        <source>needs host access</source>
        <translation>braucht Host-Zugriff</translation>
    </message>
    <message>
        <source>no path for &quot;%1&quot; was recorded when the snapshot was taken</source>
        <translation>beim Erstellen des Snapshots wurde kein Pfad für „%1“ vermerkt</translation>
    </message>
    <message>
        <source>the rule names no path (params: path or role)</source>
        <translation>die Regel nennt keinen Pfad (params: path oder role)</translation>
    </message>
    <message>
        <source>%1 was not examined when the snapshot was taken</source>
        <translation>%1 wurde beim Erstellen des Snapshots nicht untersucht</translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on this host</source>
        <translation>%1 existiert auf diesem Host nicht</translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation>%1 (ein Link auf %2)</translation>
    </message>
    <message>
        <source>%1: owner %2</source>
        <translation>%1: Eigentümer %2</translation>
    </message>
    <message>
        <source>expected owner %1</source>
        <translation>erwarteter Eigentümer %1</translation>
    </message>
    <message>
        <source>expected owner %1:%2</source>
        <translation>erwarteter Eigentümer %1:%2</translation>
    </message>
    <message>
        <source>%1: mode %2</source>
        <translation>%1: Modus %2</translation>
    </message>
    <message>
        <source>expected exactly %1</source>
        <translation>erwartet genau %1</translation>
    </message>
    <message>
        <source>the rule gives no valid mode (params: max or exactly, e.g. &quot;0644&quot;)</source>
        <translation>die Regel gibt keinen gültigen Modus an (params: max oder exactly, z. B. „0644“)</translation>
    </message>
    <message>
        <source>; bits outside %1: %2 (%3)</source>
        <translation>; Bits außerhalb von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>the registry certificate directory was not examined when the snapshot was taken</source>
        <translation>das Verzeichnis der Registry-Zertifikate wurde beim Erstellen des Snapshots nicht untersucht</translation>
    </message>
    <message>
        <source>%1 does not exist on this host: no registry certificates</source>
        <translation>%1 existiert auf diesem Host nicht: keine Registry-Zertifikate</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 owned by %2</source>
        <translation>%1 gehört %2</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate or key file(s) under %1</source>
        <translation>
            <numerusform>%n Zertifikats- oder Schlüsseldatei unter %1</numerusform>
            <numerusform>%n Zertifikats- oder Schlüsseldateien unter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mode %2 (%3 beyond %4)</source>
        <translation>%1 Modus %2 (%3 über %4 hinaus)</translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3</source>
        <translation>%1: Eigentümer %2, Modus %3</translation>
    </message>
    <message>
        <source>a rootless daemon&apos;s socket should belong to the user running it (uid %1)</source>
        <translation>der Socket eines Rootless-Daemons sollte dem Benutzer gehören, der ihn ausführt (UID %1)</translation>
    </message>
    <message>
        <source>owner should be %1</source>
        <translation>Eigentümer sollte %1 sein</translation>
    </message>
    <message>
        <source>group should be %1 (the daemon&apos;s socket group) or root</source>
        <translation>Gruppe sollte %1 (die Socket-Gruppe des Daemons) oder root sein</translation>
    </message>
    <message>
        <source>group root: only root can use the socket</source>
        <translation>Gruppe root: Nur root kann den Socket verwenden</translation>
    </message>
    <message>
        <source>bits outside %1: %2 (%3)</source>
        <translation>Bits außerhalb von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>the data root&apos;s mount was not recorded when the snapshot was taken</source>
        <translation>der Mount des Datenverzeichnisses wurde beim Erstellen des Snapshots nicht vermerkt</translation>
    </message>
    <message>
        <source>cannot tell which mount holds the data root %1: %2</source>
        <translation>es lässt sich nicht feststellen, welcher Mount das Datenverzeichnis %1 enthält: %2</translation>
    </message>
    <message>
        <source>%1 (parent of the userns-remap data root %2)</source>
        <translation>%1 (übergeordnet zum userns-remap-Datenverzeichnis %2)</translation>
    </message>
    <message>
        <source>%1 is a filesystem of its own: %2 (%3, device %4)</source>
        <translation>%1 ist ein eigenes Dateisystem: %2 (%3, Gerät %4)</translation>
    </message>
    <message>
        <source>%1 is a bind mount of the directory %2 of %3 (%4, device %5), not a partition of its own (dockerd bind-mounts its data root onto itself)</source>
        <translation>%1 ist ein Bind-Mount des Verzeichnisses %2 von %3 (%4, Gerät %5), keine eigene Partition (dockerd hängt sein Datenverzeichnis per Bind-Mount auf sich selbst ein)</translation>
    </message>
    <message>
        <source>%1 is a mount point, but of the root filesystem&apos;s device %2: it shares the root filesystem&apos;s space</source>
        <translation>%1 ist ein Einhängepunkt, aber auf dem Gerät %2 des Root-Dateisystems: Es teilt sich den Platz des Root-Dateisystems</translation>
    </message>
    <message>
        <source>%1 is not a mount point; it lies on the filesystem mounted at %2 (%3, %4)</source>
        <translation>%1 ist kein Einhängepunkt; es liegt auf dem unter %2 eingehängten Dateisystem (%3, %4)</translation>
    </message>
    <message>
        <source>rootless daemon: only its own user (uid %1) controls it</source>
        <translation>Rootless-Daemon: Nur sein eigener Benutzer (UID %1) steuert ihn</translation>
    </message>
    <message>
        <source>every local user can connect to the socket (others may write)</source>
        <translation>jeder lokale Benutzer kann sich mit dem Socket verbinden (andere dürfen schreiben)</translation>
    </message>
    <message>
        <source>the socket&apos;s group grants no access (mode %1, group %2): no group membership gives control of the daemon</source>
        <translation>die Gruppe des Sockets gewährt keinen Zugriff (Modus %1, Gruppe %2): Keine Gruppenmitgliedschaft gibt Kontrolle über den Daemon</translation>
    </message>
    <message>
        <source>the socket group&apos;s members were not recorded when the snapshot was taken</source>
        <translation>die Mitglieder der Socket-Gruppe wurden beim Erstellen des Snapshots nicht vermerkt</translation>
    </message>
    <message>
        <source>no group %1 in /etc/group: only root can use the socket</source>
        <translation>keine Gruppe %1 in /etc/group: Nur root kann den Socket verwenden</translation>
    </message>
    <message>
        <source>group %1 could not be read: %2</source>
        <translation>Gruppe %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>group %1 (gid %2) has no members</source>
        <translation>Gruppe %1 (GID %2) hat keine Mitglieder</translation>
    </message>
    <message>
        <source>group %1 (gid %2): %3</source>
        <translation>Gruppe %1 (GID %2): %3</translation>
    </message>
    <message>
        <source>each member can control the daemon, which is root-equivalent on this host</source>
        <translation>jedes Mitglied kann den Daemon steuern, was auf diesem Host root gleichkommt</translation>
    </message>
    <message>
        <source>not in the trusted users: %1</source>
        <translation>nicht unter den vertrauenswürdigen Benutzern: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) loaded (auditctl -l)</source>
        <translation>
            <numerusform>%n Regel geladen (auditctl -l)</numerusform>
            <numerusform>%n Regeln geladen (auditctl -l)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in %1</source>
        <translation>
            <numerusform>%n Regel in %1</numerusform>
            <numerusform>%n Regeln in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no audit rules: auditctl is not installed and there are no rule files</source>
        <translation>keine Audit-Regeln: auditctl ist nicht installiert, und es gibt keine Regeldateien</translation>
    </message>
    <message>
        <source>%1 is watched by: %2 (%3)</source>
        <translation>%1 wird überwacht von: %2 (%3)</translation>
    </message>
    <message>
        <source>no audit rule watches %1; %2</source>
        <translation>keine Audit-Regel überwacht %1; %2</translation>
    </message>
    <message>
        <source>the audit rules were not recorded when the snapshot was taken</source>
        <translation>die Audit-Regeln wurden beim Erstellen des Snapshots nicht vermerkt</translation>
    </message>
    <message numerus="yes">
        <source>; %n of them about docker, containerd or runc</source>
        <translation>
            <numerusform>; davon %n zu docker, containerd oder runc</numerusform>
            <numerusform>; davon %n zu docker, containerd oder runc</numerusform>
        </translation>
    </message>
    <message>
        <source>the rules come from the rule files, not from the running audit system: %1</source>
        <translation>die Regeln stammen aus den Regeldateien, nicht aus dem laufenden Audit-System: %1</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HostFacts</name>
    <message>
        <source>the socket path is too long</source>
        <translation>der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>SO_PEERCRED failed: %1</source>
        <translation>SO_PEERCRED fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the daemon runs in another PID namespace</source>
        <translation>der Daemon läuft in einem anderen PID-Namespace</translation>
    </message>
    <message>
        <source>cannot read the command line of process %1</source>
        <translation>die Befehlszeile von Prozess %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>larger than 1 MiB; not read</source>
        <translation>größer als 1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms</source>
        <translation>%1 ist nicht innerhalb von %2 ms fertig geworden</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>gefunden in %1</translation>
    </message>
    <message>
        <source>no %1 in %2</source>
        <translation>kein %1 in %2</translation>
    </message>
    <message>
        <source>containerd started by the daemon under its exec-root</source>
        <translation>containerd, vom Daemon unter seinem exec-root gestartet</translation>
    </message>
    <message>
        <source>the system containerd</source>
        <translation>das containerd des Systems</translation>
    </message>
    <message>
        <source>under the daemon&apos;s exec-root</source>
        <translation>unter dem exec-root des Daemons</translation>
    </message>
    <message>
        <source>default (no containerd socket found)</source>
        <translation>Standard (kein containerd-Socket gefunden)</translation>
    </message>
    <message>
        <source>the connection&apos;s socket</source>
        <translation>der Socket der Verbindung</translation>
    </message>
    <message>
        <source>the daemon&apos;s -H %1</source>
        <translation>-H %1 des Daemons</translation>
    </message>
    <message>
        <source>ListenStream of %1</source>
        <translation>ListenStream von %1</translation>
    </message>
    <message>
        <source>default (the daemon&apos;s command line is unknown)</source>
        <translation>Standard (die Befehlszeile des Daemons ist unbekannt)</translation>
    </message>
    <message>
        <source>default of --%1</source>
        <translation>Standard von --%1</translation>
    </message>
    <message>
        <source>the daemon is not configured for TLS (no %1)</source>
        <translation>der Daemon ist nicht für TLS konfiguriert (kein %1)</translation>
    </message>
    <message>
        <source>the daemon&apos;s executable (/proc/PID/exe)</source>
        <translation>die ausführbare Datei des Daemons (/proc/PID/exe)</translation>
    </message>
    <message>
        <source>found on the search path</source>
        <translation>im Suchpfad gefunden</translation>
    </message>
    <message>
        <source>dockerd is not installed (not found on the search path)</source>
        <translation>dockerd ist nicht installiert (nicht im Suchpfad gefunden)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on the search path)</source>
        <translation>%1 ist nicht installiert (nicht im Suchpfad gefunden)</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>more than %1 files; the rest were not examined</source>
        <translation>mehr als %1 Dateien; der Rest wurde nicht untersucht</translation>
    </message>
    <message>
        <source>/info has no DockerRootDir</source>
        <translation>/info hat kein DockerRootDir</translation>
    </message>
    <message>
        <source>no mount contains %1</source>
        <translation>kein Mount enthält %1</translation>
    </message>
    <message>
        <source>needs host access: the daemon at %1 is remote</source>
        <translation>braucht Host-Zugriff: Der Daemon unter %1 ist entfernt</translation>
    </message>
    <message>
        <source>no process of this host listens on TCP port %1</source>
        <translation>kein Prozess dieses Hosts lauscht auf TCP-Port %1</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HtmlReport</name>
    <message>
        <source>Results by status</source>
        <translation>Ergebnisse nach Status</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Results by CIS section</source>
        <translation>Ergebnisse nach CIS-Abschnitt</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ImageChecks</name>
    <message>
        <source>step %1/%2 (%3)</source>
        <translation>Schritt %1/%2 (%3)</translation>
    </message>
    <message>
        <source>the image history was not collected</source>
        <translation>der Verlauf des Images wurde nicht erfasst</translation>
    </message>
    <message>
        <source>a package index update without an install in the same RUN instruction</source>
        <translation>eine Aktualisierung des Paketindex ohne Installation in derselben RUN-Anweisung</translation>
    </message>
    <message>
        <source>no package index updates in %1 history steps</source>
        <translation>keine Aktualisierungen des Paketindex in %1 Verlaufsschritten</translation>
    </message>
    <message>
        <source>%1 index update(s), each with an install in the same step</source>
        <translation>%1 Indexaktualisierung(en), jeweils mit einer Installation im selben Schritt</translation>
    </message>
    <message>
        <source>remote URL</source>
        <translation>entfernte URL</translation>
    </message>
    <message>
        <source>local files</source>
        <translation>lokale Dateien</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 nach %3</translation>
    </message>
    <message>
        <source>ADD fetches URLs and unpacks archives implicitly; COPY does only what it says</source>
        <translation>ADD lädt URLs herunter und entpackt Archive stillschweigend; COPY tut nur, was es sagt</translation>
    </message>
    <message>
        <source>no ADD instructions besides the base layer in %1 steps</source>
        <translation>keine ADD-Anweisungen außer der Basisschicht in %1 Schritten</translation>
    </message>
    <message>
        <source>%1 installed in %2</source>
        <translation>%1 installiert in %2</translation>
    </message>
    <message>
        <source>%1 run in %2</source>
        <translation>%1 ausgeführt in %2</translation>
    </message>
    <message>
        <source>build tools remain in the final image; build in a separate stage</source>
        <translation>Build-Werkzeuge verbleiben im endgültigen Image; bauen Sie in einer separaten Stufe</translation>
    </message>
    <message>
        <source>no compilers or build tools found in %1 history steps</source>
        <translation>keine Compiler oder Build-Werkzeuge in %1 Verlaufsschritten gefunden</translation>
    </message>
    <message>
        <source>%1, %2 layer(s)</source>
        <translation>%1, %2 Layer</translation>
    </message>
    <message>
        <source>; package managers used in the build: %1</source>
        <translation>; beim Build verwendete Paketmanager: %1</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>more than %1 layers</source>
        <translation>mehr als %1 Layer</translation>
    </message>
    <message>
        <source>the image&apos;s creation time is unknown</source>
        <translation>der Erstellungszeitpunkt des Images ist unbekannt</translation>
    </message>
    <message>
        <source>the image has a fixed creation time (%1, a reproducible build): its age is unknown</source>
        <translation>das Image hat einen festen Erstellungszeitpunkt (%1, ein reproduzierbarer Build): Sein Alter ist unbekannt</translation>
    </message>
    <message>
        <source>built %1, %2 day(s) before the scan (limit %3)</source>
        <translation>gebaut am %1, %2 Tag(e) vor der Prüfung (Grenze %3)</translation>
    </message>
    <message>
        <source>not rebuilt for %1 days: it lacks the security fixes published since</source>
        <translation>seit %1 Tagen nicht neu gebaut: Ihm fehlen die seitdem veröffentlichten Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>the image&apos;s Config.Healthcheck</source>
        <translation>Config.Healthcheck des Images</translation>
    </message>
    <message>
        <source>no HEALTHCHECK</source>
        <translation>kein HEALTHCHECK</translation>
    </message>
    <message>
        <source>health is not checked</source>
        <translation>der Zustand wird nicht geprüft</translation>
    </message>
    <message>
        <source>: disabled (NONE)</source>
        <translation>: abgeschaltet (NONE)</translation>
    </message>
    <message>
        <source>the healthcheck is switched off</source>
        <translation>der Healthcheck ist abgeschaltet</translation>
    </message>
    <message>
        <source>: %1 test</source>
        <translation>: Test %1</translation>
    </message>
    <message>
        <source>, every %1 s</source>
        <translation>, alle %1 s</translation>
    </message>
    <message>
        <source>; State.Health.Status = %1</source>
        <translation>; State.Health.Status = %1</translation>
    </message>
    <message>
        <source>unhealthy (failing streak %1)</source>
        <translation>ungesund (Fehlerserie %1)</translation>
    </message>
    <message>
        <source>no repository (dangling or built locally)</source>
        <translation>kein Repository (verwaist oder lokal gebaut)</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>; no RepoDigests</source>
        <translation>; keine RepoDigests</translation>
    </message>
    <message>
        <source>not pulled from a registry (built locally or loaded): where its base image came from cannot be seen through the API</source>
        <translation>nicht aus einer Registry bezogen (lokal gebaut oder geladen): Woher sein Basis-Image stammt, ist über die API nicht zu sehen</translation>
    </message>
    <message>
        <source>pulled from %1</source>
        <translation>bezogen von %1</translation>
    </message>
    <message>
        <source>the policy lists no trusted registries (trustedRegistries): review that these are trusted</source>
        <translation>die Richtlinie nennt keine vertrauenswürdigen Registries (trustedRegistries): Prüfen Sie, ob diese vertrauenswürdig sind</translation>
    </message>
    <message>
        <source>not in the policy&apos;s trusted registries: %1</source>
        <translation>nicht unter den vertrauenswürdigen Registries der Richtlinie: %1</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is a setting of the docker client, not of the daemon</source>
        <translation>DOCKER_CONTENT_TRUST ist eine Einstellung des Docker-Clients, nicht des Daemons</translation>
    </message>
    <message>
        <source>set DOCKER_CONTENT_TRUST=1 in the environment of every user and CI job that pulls or runs images; the Engine API cannot show whether they do</source>
        <translation>setzen Sie DOCKER_CONTENT_TRUST=1 in der Umgebung jedes Benutzers und jedes CI-Jobs, der Images bezieht oder ausführt; die Engine-API kann nicht zeigen, ob das geschieht</translation>
    </message>
    <message>
        <source>%1 image(s): %2 in use by %3 container(s), %4 unused (%5 untagged)</source>
        <translation>%1 Image(s): %2 von %3 Container(n) verwendet, %4 unbenutzt (%5 ohne Tag)</translation>
    </message>
    <message>
        <source>; /info: %1 images</source>
        <translation>; /info: %1 Images</translation>
    </message>
    <message>
        <source>more than %1 unused images</source>
        <translation>mehr als %1 unbenutzte Images</translation>
    </message>
    <message>
        <source>review unused images and remove those no longer needed</source>
        <translation>prüfen Sie unbenutzte Images und entfernen Sie die, die nicht mehr gebraucht werden</translation>
    </message>
    <message>
        <source>a long random token</source>
        <translation>ein langes Zufalls-Token</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>, from the image</source>
        <translation>, aus dem Image</translation>
    </message>
    <message>
        <source>label %1 holds %2</source>
        <translation>Label %1 enthält %2</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>build argument of %1</source>
        <translation>Build-Argument von %1</translation>
    </message>
    <message>
        <source>history %1</source>
        <translation>Verlauf %1</translation>
    </message>
    <message>
        <source>a command holding %1</source>
        <translation>ein Befehl, der %1 enthält</translation>
    </message>
    <message>
        <source>command-line flag %1</source>
        <translation>Befehlszeilen-Flag %1</translation>
    </message>
    <message>
        <source>Config.Cmd/Entrypoint</source>
        <translation>Config.Cmd/Entrypoint</translation>
    </message>
    <message>
        <source>a command-line argument holding %1</source>
        <translation>ein Befehlszeilenargument, das %1 enthält</translation>
    </message>
    <message>
        <source>no secret-looking names or values</source>
        <translation>keine Namen oder Werte, die nach Secrets aussehen</translation>
    </message>
    <message>
        <source>secrets in the environment, labels or image history can be read by anyone who can inspect the container or pull the image (values not shown)</source>
        <translation>Secrets in Umgebung, Labels oder Image-Verlauf kann jeder lesen, der den Container inspizieren oder das Image beziehen kann (Werte nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::JsonReportReader</name>
    <message>
        <source>%1 is not a readable Hullcheck report: %2</source>
        <extracomment>%1 a file name, %2 what is wrong with it</extracomment>
        <translation>%1 ist kein lesbarer Hullcheck-Bericht: %2</translation>
    </message>
    <message>
        <source>a finding has no rule_id</source>
        <translation>ein Befund hat keine rule_id</translation>
    </message>
    <message>
        <source>finding %1 has an unknown status &quot;%2&quot;</source>
        <translation>Befund %1 hat einen unbekannten Status „%2“</translation>
    </message>
    <message>
        <source>finding %1 has an unknown severity &quot;%2&quot;</source>
        <translation>Befund %1 hat einen unbekannten Schweregrad „%2“</translation>
    </message>
    <message>
        <source>finding %1 has an unknown target kind &quot;%2&quot;</source>
        <translation>Befund %1 hat eine unbekannte Zielart „%2“</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>it has no &quot;schema&quot; key</source>
        <translation>es fehlt der Schlüssel „schema“</translation>
    </message>
    <message>
        <source>its schema is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>sein Schema ist „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>it has no &quot;findings&quot; list</source>
        <translation>es fehlt die Liste „findings“</translation>
    </message>
    <message>
        <source>&quot;generated_at&quot; is not a date and time</source>
        <translation>„generated_at“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>a finding is not an object</source>
        <translation>ein Befund ist kein Objekt</translation>
    </message>
    <message>
        <source>the summary counts %1 results but the file lists %2</source>
        <translation>die Zusammenfassung zählt %1 Ergebnisse, die Datei listet aber %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Writing a PDF needs text layout, which this program was started without.</source>
        <translation>Zum Schreiben eines PDF wird Textsatz benötigt, ohne den dieses Programm gestartet wurde.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PolicyLoader</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>Die Richtliniendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a policy is one YAML document; remove the &quot;---&quot;</source>
        <translation>eine Richtlinie ist ein einziges YAML-Dokument; entfernen Sie das „---“</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1: keine Zuordnung (erwartet werden Zeilen der Form „Schlüssel: Wert“)</translation>
    </message>
    <message>
        <source>the keys of %1 must be plain words</source>
        <translation>%1: Die Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3)</source>
        <translation>%2: unbekannter Schlüssel „%1“ (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in %2</source>
        <translation>%2: Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>„%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, like [a, b]</source>
        <translation>„%1“ muss eine Liste sein, etwa [a, b]</translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be non-empty texts</source>
        <translation>die Einträge von „%1“ müssen nichtleere Texte sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most %2)</source>
        <translation>„%1“ ist zu groß (höchstens %2)</translation>
    </message>
    <message>
        <source>a waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>the waiver has no &quot;%1&quot;</source>
        <translation>der Ausnahme fehlt „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum „%1“ (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>unsupported policy version &quot;%1&quot; (this Hullcheck reads version %2)</source>
        <translation>nicht unterstützte Richtlinienversion „%1“ (dieses Hullcheck liest Version %2)</translation>
    </message>
    <message>
        <source>&quot;waivers&quot; must be a list of waivers</source>
        <translation>„waivers“ muss eine Liste von Ausnahmen sein</translation>
    </message>
    <message>
        <source>&quot;severity_overrides&quot; must be a mapping of rule id: severity</source>
        <translation>„severity_overrides“ muss eine Zuordnung Regel-ID: Schweregrad sein</translation>
    </message>
    <message>
        <source>the keys of %1 must be rule ids or CIS ids</source>
        <translation>die Schlüssel von %1 müssen Regel-IDs oder CIS-IDs sein</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; for %2 (expected critical, high, medium, low or info)</source>
        <translation>unbekannter Schweregrad „%1“ für %2 (erwartet critical, high, medium, low oder info)</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>thresholds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2</source>
        <translation>„%1“ muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>remediation</source>
        <translation>remediation</translation>
    </message>
    <message>
        <source>&quot;cpus&quot; must be a number of CPUs from 0.01 to %1, like 1.5</source>
        <translation>„cpus“ muss eine Anzahl CPUs von 0.01 bis %1 sein, etwa 1.5</translation>
    </message>
    <message>
        <source>unknown restart policy &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Neustartrichtlinie „%1“ (erwartet wird eine von: %2)</translation>
    </message>
    <message>
        <source>&quot;restart_max_retries&quot; only applies to the on-failure restart policy, not to &quot;%1&quot;</source>
        <translation>„restart_max_retries“ gilt nur für die Neustartrichtlinie on-failure, nicht für „%1“</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PolicyWriter</name>
    <message>
        <source>A waiver needs a rule, a target and a reason.</source>
        <translation>Eine Ausnahme braucht eine Regel, ein Ziel und einen Grund.</translation>
    </message>
    <message>
        <source>The policy file has errors; fix them before adding a waiver.
%1</source>
        <extracomment>%1 is the loader&apos;s message, naming the file and line</extracomment>
        <translation>Die Richtliniendatei enthält Fehler; beheben Sie sie, bevor Sie eine Ausnahme hinzufügen.
%1</translation>
    </message>
    <message>
        <source>Cannot add the waiver to %1.</source>
        <translation>Die Ausnahme kann nicht zu %1 hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2</source>
        <translation>Die Richtlinie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the policy %1: %2</source>
        <translation>Die Richtlinie %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Remediation</name>
    <message>
        <source>--read-only: give every path the application writes a volume or a tmpfs (for example --tmpfs /tmp).</source>
        <translation>--read-only: Geben Sie jedem Pfad, in den die Anwendung schreibt, ein Volume oder ein tmpfs (zum Beispiel --tmpfs /tmp).</translation>
    </message>
    <message>
        <source>Secret values are not copied: provide them as environment variables of the shell (or an .env file for compose), better from a secret store, and rotate the exposed ones.</source>
        <translation>Secret-Werte werden nicht übernommen: Stellen Sie sie als Umgebungsvariablen der Shell bereit (oder als .env-Datei für Compose), besser aus einem Secret-Store, und rotieren Sie die offengelegten.</translation>
    </message>
    <message>
        <source>Set these variables before running it: %1.</source>
        <translation>Setzen Sie vor dem Ausführen diese Variablen: %1.</translation>
    </message>
    <message>
        <source>Then connect the other network: docker network connect %1 %2</source>
        <translation>Verbinden Sie dann das andere Netzwerk: docker network connect %1 %2</translation>
    </message>
    <message>
        <source>Stop and rename or remove the old container first: docker rm -f %1</source>
        <translation>Stoppen und benennen Sie zuerst den alten Container um oder entfernen Sie ihn: docker rm -f %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; fix it by hand before merging: %2</source>
        <translation>%1 ist kein JSON-Objekt; korrigieren Sie die Datei vor dem Zusammenführen von Hand: %2</translation>
    </message>
    <message>
        <source>Recreate %1 with docker run, every setting kept, fixes added</source>
        <translation>%1 mit docker run neu erstellen, alle Einstellungen beibehalten, Korrekturen hinzugefügt</translation>
    </message>
    <message>
        <source>%1 as a compose service</source>
        <translation>%1 als Compose-Dienst</translation>
    </message>
    <message>
        <source>Put the values of %1 in an .env file next to the compose file.</source>
        <translation>Legen Sie die Werte von %1 in einer .env-Datei neben der Compose-Datei ab.</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>Patch für %1</translation>
    </message>
    <message>
        <source>The current daemon.json was not read (no host access, or no file): merge these keys into the file the daemon uses.</source>
        <translation>Die aktuelle daemon.json wurde nicht gelesen (kein Host-Zugriff oder keine Datei): Führen Sie diese Schlüssel in der Datei zusammen, die der Daemon verwendet.</translation>
    </message>
    <message>
        <source>Restart the daemon to apply it: sudo systemctl restart docker (live-restore alone takes a reload). Containers without live-restore stop during the restart.</source>
        <translation>Starten Sie den Daemon neu, um die Änderung anzuwenden: sudo systemctl restart docker (für live-restore allein genügt ein Reload). Container ohne live-restore werden während des Neustarts gestoppt.</translation>
    </message>
    <message>
        <source>No exact command is known for this result; the text is the rule&apos;s remediation.</source>
        <translation>Für dieses Ergebnis ist kein genauer Befehl bekannt; der Text ist die Abhilfe der Regel.</translation>
    </message>
    <message>
        <source>Dockerfile lines for %1</source>
        <translation>Dockerfile-Zeilen für %1</translation>
    </message>
    <message>
        <source>Rebuild the image and recreate the containers that use it.</source>
        <translation>Bauen Sie das Image neu und erstellen Sie die Container neu, die es verwenden.</translation>
    </message>
    <message>
        <source>API: POST %1 %2
</source>
        <translation>API: POST %1 %2
</translation>
    </message>
    <message>
        <source>Command: %1
</source>
        <translation>Befehl: %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Limit memory to %1 (no swap beyond it)</source>
        <translation>Speicher auf %1 begrenzen (kein Swap darüber hinaus)</translation>
    </message>
    <message>
        <source>Limit CPU to %1 CPUs</source>
        <translation>CPU auf %1 CPUs begrenzen</translation>
    </message>
    <message>
        <source>Limit CPU to a quota of %1 µs per 100 ms</source>
        <translation>CPU auf ein Kontingent von %1 µs je 100 ms begrenzen</translation>
    </message>
    <message>
        <source>Set the CPU weight (shares) to %1</source>
        <translation>CPU-Gewichtung (Shares) auf %1 setzen</translation>
    </message>
    <message>
        <source>Limit the container to %1 processes</source>
        <translation>Container auf %1 Prozesse begrenzen</translation>
    </message>
    <message>
        <source>Restart on failure, at most %1 times</source>
        <translation>Bei Fehlschlag neu starten, höchstens %1-mal</translation>
    </message>
    <message>
        <source>The container was started with --rm: Docker refuses to give it a restart policy; recreate it without --rm instead.</source>
        <translation>Der Container wurde mit --rm gestartet: Docker verweigert ihm eine Neustartrichtlinie; erstellen Sie ihn stattdessen ohne --rm neu.</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer for container %1 is not an object.</source>
        <translation>Die Antwort des Daemons für Container %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 on %2 has no live fix; use the generated artefact instead.</source>
        <translation>%1 an %2 hat keine Live-Korrektur; verwenden Sie stattdessen das erzeugte Artefakt.</translation>
    </message>
    <message>
        <source>Docker refused to change %1: %2</source>
        <translation>Docker hat die Änderung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Set the restart policy to %1</source>
        <extracomment>%1 a docker restart policy name: no, always, unless-stopped</extracomment>
        <translation>Neustartrichtlinie auf %1 setzen</translation>
    </message>
    <message>
        <source>Cancelled before %1 was changed.</source>
        <translation>Abgebrochen, bevor %1 geändert wurde.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ReportDocument</name>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Results by section</source>
        <translation>Ergebnisse nach Abschnitt</translation>
    </message>
    <message>
        <source>Waiver register</source>
        <translation>Ausnahmeregister</translation>
    </message>
    <message>
        <source>Skipped checks</source>
        <translation>Übersprungene Prüfungen</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Passed results are counted per rule but not listed one by one.</source>
        <translation>Bestandene Ergebnisse werden je Regel gezählt, aber nicht einzeln aufgeführt.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Severity: %1. Results: %2.</source>
        <translation>Schweregrad: %1. Ergebnisse: %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>No policy was used: nothing is waived.</source>
        <translation>Es wurde keine Richtlinie verwendet: Nichts ist ausgenommen.</translation>
    </message>
    <message>
        <source>The policy %1 waives nothing.</source>
        <translation>Die Richtlinie %1 nimmt nichts aus.</translation>
    </message>
    <message>
        <source>Waivers of the policy %1:</source>
        <translation>Ausnahmen der Richtlinie %1:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>No check was skipped.</source>
        <translation>Keine Prüfung wurde übersprungen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Fix log</source>
        <translation>Korrekturprotokoll</translation>
    </message>
    <message>
        <source>No fixes were applied through Hullcheck.</source>
        <translation>Über Hullcheck wurden keine Korrekturen angewendet.</translation>
    </message>
    <message>
        <source>Live fixes applied to this daemon through Hullcheck, oldest first:</source>
        <translation>Über Hullcheck auf diesen Daemon angewendete Live-Korrekturen, älteste zuerst:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ReportModel</name>
    <message>
        <source>not used (local Unix socket)</source>
        <translation>nicht verwendet (lokaler Unix-Socket)</translation>
    </message>
    <message>
        <source>none: plain TCP, NOT verified</source>
        <translation>keins: reines TCP, NICHT geprüft</translation>
    </message>
    <message>
        <source>TLS, server certificate verified</source>
        <translation>TLS, Server-Zertifikat geprüft</translation>
    </message>
    <message>
        <source>TLS, server certificate NOT verified</source>
        <translation>TLS, Server-Zertifikat NICHT geprüft</translation>
    </message>
    <message>
        <source>Daemon name</source>
        <translation>Daemon-Name</translation>
    </message>
    <message>
        <source>Daemon ID</source>
        <translation>Daemon-ID</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>%1 (daemon maximum %2)</source>
        <translation>%1 (Daemon-Maximum %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>%1 (chosen by %2)</source>
        <translation>%1 (gewählt durch %2)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate SHA-256</source>
        <translation>SHA-256 des Server-Zertifikats</translation>
    </message>
    <message>
        <source>%1 containers, %2 images, %3 networks, %4 volumes, the daemon and the host</source>
        <translation>%1 Container, %2 Images, %3 Netzwerke, %4 Volumes, der Daemon und der Host</translation>
    </message>
    <message>
        <source>read from this machine</source>
        <translation>von diesem Rechner gelesen</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Snapshot collected</source>
        <translation>Snapshot erfasst</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erzeugt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Regelpaket</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>%1 in the pack, %2 disabled by the policy</source>
        <translation>%1 im Paket, %2 durch die Richtlinie abgeschaltet</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation>Host-Fakten</translation>
    </message>
    <message>
        <source>Passed results</source>
        <translation>Bestandene Ergebnisse</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>aufgeführt</translation>
    </message>
    <message>
        <source>counted per rule, not listed</source>
        <translation>je Regel gezählt, nicht aufgeführt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Total results</source>
        <translation>Ergebnisse insgesamt</translation>
    </message>
    <message>
        <source>Failures, %1</source>
        <translation>Fehlschläge, %1</translation>
    </message>
    <message>
        <source>Hullcheck report: %1</source>
        <translation>Hullcheck-Bericht: %1</translation>
    </message>
    <message>
        <source>Host Configuration</source>
        <translation>Host-Konfiguration</translation>
    </message>
    <message>
        <source>Docker daemon configuration</source>
        <translation>Konfiguration des Docker-Daemons</translation>
    </message>
    <message>
        <source>Docker daemon configuration files</source>
        <translation>Konfigurationsdateien des Docker-Daemons</translation>
    </message>
    <message>
        <source>Container Images and Build File</source>
        <translation>Container-Images und Build-Datei</translation>
    </message>
    <message>
        <source>Container Runtime</source>
        <translation>Container-Laufzeit</translation>
    </message>
    <message>
        <source>Docker Security Operations</source>
        <translation>Docker-Sicherheitsbetrieb</translation>
    </message>
    <message>
        <source>Docker Swarm Configuration</source>
        <translation>Docker-Swarm-Konfiguration</translation>
    </message>
    <message>
        <source>CIS %1: %2</source>
        <translation>CIS %1: %2</translation>
    </message>
    <message>
        <source>Hullcheck practices (no CIS id)</source>
        <translation>Hullcheck-Praktiken (ohne CIS-ID)</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Hullcheck collected one snapshot of the daemon through the Docker Engine API (read-only calls: /info, /version, and the inspect data of every container, image, network and volume), plus, for a local daemon, the owner and mode of the files and the processes the host checks need. Every rule of the rule pack (the CIS Docker Benchmark v1.6.0 and Hullcheck&apos;s own practices) was then evaluated on every object of its scope, offline, as a pure function of the snapshot. Each rule and object gets one result: pass, fail, warn (a heuristic or a manual review item), info, skip (with the reason, e.g. no host access) or waived (by the policy, with reason, approver and expiry). Environment values are never shown: evidence names the variable, not its value. The score weighs automated results by severity (critical 10, high 5, medium 3, low 1): pass earns the full weight, warn half, fail nothing.</source>
        <translation>Hullcheck hat über die Docker-Engine-API einen Snapshot des Daemons erfasst (nur lesende Aufrufe: /info, /version und die Inspect-Daten jedes Containers, Images, Netzwerks und Volumes), bei einem lokalen Daemon außerdem Eigentümer und Modus der Dateien sowie die Prozesse, die die Host-Prüfungen brauchen. Jede Regel des Regelpakets (der CIS Docker Benchmark v1.6.0 und die eigenen Praktiken von Hullcheck) wurde dann offline auf jedes Objekt ihres Geltungsbereichs angewendet, als reine Funktion des Snapshots. Jede Regel und jedes Objekt erhält ein Ergebnis: bestanden, fehlgeschlagen, Warnung (eine Heuristik oder ein Punkt zur manuellen Prüfung), Info, übersprungen (mit dem Grund, z. B. kein Host-Zugriff) oder ausgenommen (durch die Richtlinie, mit Grund, Genehmigendem und Ablaufdatum). Umgebungswerte werden nie gezeigt: Der Nachweis nennt die Variable, nicht ihren Wert. Die Wertung gewichtet automatisierte Ergebnisse nach Schweregrad (kritisch 10, hoch 5, mittel 3, niedrig 1): Bestanden bringt das volle Gewicht, eine Warnung die Hälfte, ein Fehlschlag nichts.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::RulePackLoader</name>
    <message>
        <source>No built-in rule packs in :/rules</source>
        <translation>Keine eingebauten Regelpakete in :/rules</translation>
    </message>
    <message>
        <source>The rule directory %1 does not exist</source>
        <translation>Das Regelverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot read the rule directory %1</source>
        <translation>Das Regelverzeichnis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The rule directory %1 holds no rule packs (*.yaml, *.yml)</source>
        <translation>Das Regelverzeichnis %1 enthält keine Regelpakete (*.yaml, *.yml)</translation>
    </message>
    <message>
        <source>a rule pack is one YAML document; remove the &quot;---&quot;</source>
        <translation>ein Regelpaket ist ein einziges YAML-Dokument; entfernen Sie das „---“</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot; (first defined at %2:%3)</source>
        <translation>doppelte Regel-ID „%1“ (zuerst definiert in %2:%3)</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1: keine Zuordnung (erwartet werden Zeilen der Form „Schlüssel: Wert“)</translation>
    </message>
    <message>
        <source>the keys of a %1 must be plain words</source>
        <translation>%1: Die Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3)</source>
        <translation>%2: unbekannter Schlüssel „%1“ (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in this %2</source>
        <translation>%2: Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>„%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 hat keinen Eintrag „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>the file is empty; a rule pack needs &quot;pack&quot;, &quot;version&quot; and &quot;rules&quot;</source>
        <translation>die Datei ist leer; ein Regelpaket braucht „pack“, „version“ und „rules“</translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation>Regelpaket</translation>
    </message>
    <message>
        <source>the rule pack</source>
        <translation>das Regelpaket</translation>
    </message>
    <message>
        <source>the rule pack has no &quot;rules&quot;</source>
        <translation>das Regelpaket hat keinen Eintrag „rules“</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation>„rules“ muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>eine Regel</translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Regel-ID „%1“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (expected critical, high, medium, low or info)</source>
        <translation>unbekannter Schweregrad „%1“ (erwartet critical, high, medium, low oder info)</translation>
    </message>
    <message>
        <source>rule %1 has both &quot;%2&quot; and &quot;%3&quot;; use exactly one of fail_when, pass_when and builtin</source>
        <translation>Regel %1 hat sowohl „%2“ als auch „%3“; verwenden Sie genau eines von fail_when, pass_when und builtin</translation>
    </message>
    <message>
        <source>CIS id &quot;%1&quot; must be numbers separated by dots, like &quot;5.10&quot;</source>
        <translation>CIS-ID „%1“ muss aus durch Punkte getrennten Zahlen bestehen, etwa „5.10“</translation>
    </message>
    <message>
        <source>CIS level must be 1 or 2, not &quot;%1&quot;</source>
        <translation>CIS-Level muss 1 oder 2 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown evidence_source &quot;%1&quot; (expected api or host)</source>
        <translation>unbekannte evidence_source „%1“ (erwartet api oder host)</translation>
    </message>
    <message>
        <source>unknown on_fail &quot;%1&quot; (expected fail, warn or info)</source>
        <translation>unbekanntes on_fail „%1“ (erwartet fail, warn oder info)</translation>
    </message>
    <message>
        <source>&quot;builtin&quot; is empty</source>
        <translation>„builtin“ ist leer</translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte eingebaute Prüfung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a mapping</source>
        <translation>„params“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>&quot;evidence&quot; is empty</source>
        <translation>„evidence“ ist leer</translation>
    </message>
    <message>
        <source>rule %1 has no check: add fail_when, pass_when or builtin, or mark it automated: false</source>
        <translation>Regel %1 hat keine Prüfung: Fügen Sie fail_when, pass_when oder builtin hinzu, oder kennzeichnen Sie sie mit automated: false</translation>
    </message>
    <message>
        <source>rule %1 is a manual review (automated: false) and cannot have &quot;%2&quot;</source>
        <translation>Regel %1 ist eine manuelle Prüfung (automated: false) und kann kein „%2“ haben</translation>
    </message>
    <message>
        <source>&quot;params&quot; is only used with &quot;builtin&quot;</source>
        <translation>„params“ wird nur mit „builtin“ verwendet</translation>
    </message>
    <message>
        <source>&quot;evidence&quot; is only used with fail_when or pass_when</source>
        <translation>„evidence“ wird nur mit fail_when oder pass_when verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be texts</source>
        <translation>die Einträge von „%1“ müssen Texte sein</translation>
    </message>
    <message>
        <source>the segments of a path must be texts</source>
        <translation>die Segmente eines Pfads müssen Texte sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path: Dotted.Keys, a list of keys, or &quot;.&quot; for the element itself</source>
        <translation>„%1“ muss ein Pfad sein: Schlüssel.mit.Punkten, eine Liste von Schlüsseln oder „.“ für das Element selbst</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; has an empty segment</source>
        <translation>Pfad „%1“ hat ein leeres Segment</translation>
    </message>
    <message>
        <source>path &quot;%1&quot;: write any_element or all_elements instead of &quot;[]&quot;</source>
        <translation>Pfad „%1“: Schreiben Sie any_element oder all_elements statt „[]“</translation>
    </message>
    <message>
        <source>the value is nested too deeply or too large</source>
        <translation>der Wert ist zu tief verschachtelt oder zu groß</translation>
    </message>
    <message>
        <source>the keys of a mapping must be texts</source>
        <translation>die Schlüssel einer Zuordnung müssen Texte sein</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in this mapping</source>
        <translation>Schlüssel „%1“ kommt in dieser Zuordnung zweimal vor</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <source>conditions are nested too deeply</source>
        <translation>Bedingungen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>a condition has one operator, this one has &quot;%1&quot; and &quot;%2&quot;; combine them with all or any</source>
        <translation>eine Bedingung hat einen Operator, diese hat „%1“ und „%2“; verbinden Sie sie mit all oder any</translation>
    </message>
    <message>
        <source>the condition has no operator (expected one of: %1)</source>
        <translation>die Bedingung hat keinen Operator (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no path; put the paths in its conditions</source>
        <translation>„%1“ nimmt keinen Pfad; setzen Sie die Pfade in seine Bedingungen</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; needs a path (&quot;path: .&quot; for the element itself)</source>
        <translation>die Bedingung „%1“ braucht einen Pfad („path: .“ für das Element selbst)</translation>
    </message>
    <message>
        <source>&quot;path&quot; is empty (&quot;path: .&quot; for the element itself)</source>
        <translation>„path“ ist leer („path: .“ für das Element selbst)</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list of values: in: [a, b]</source>
        <translation>„in“ braucht eine Liste von Werten: in: [a, b]</translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a regular expression</source>
        <translation>„matches“ braucht einen regulären Ausdruck</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number</source>
        <translation>„%1“ braucht eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list of conditions</source>
        <translation>„%1“ braucht eine Liste von Bedingungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one condition (a mapping)</source>
        <translation>„%1“ braucht eine Bedingung (eine Zuordnung)</translation>
    </message>
    <message>
        <source>Cannot read the rule pack %1: %2</source>
        <translation>Das Regelpaket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot; (expected host, daemon, container, image, network, volume or connection)</source>
        <translation>unbekannter Geltungsbereich „%1“ (erwartet host, daemon, container, image, network, volume oder connection)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ScanService</name>
    <message>
        <source>Evaluating rules</source>
        <translation>Regeln werden ausgewertet</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Snapshot</name>
    <message>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation>Der Snapshot ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation>Der Snapshot ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This file is not a Hullcheck snapshot (its schema is %1).</source>
        <translation>Diese Datei ist kein Hullcheck-Snapshot (ihr Schema ist %1).</translation>
    </message>
    <message>
        <source>The snapshot has schema version %1; this Hullcheck reads version %2. Update Hullcheck.</source>
        <translation>Der Snapshot hat Schemaversion %1; dieses Hullcheck liest Version %2. Aktualisieren Sie Hullcheck.</translation>
    </message>
    <message>
        <source>The snapshot lacks the object &quot;%1&quot;.</source>
        <translation>Dem Snapshot fehlt das Objekt „%1“.</translation>
    </message>
    <message>
        <source>The snapshot lacks the list &quot;%1&quot;.</source>
        <translation>Dem Snapshot fehlt die Liste „%1“.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; of the snapshot holds something that is not an object.</source>
        <translation>Die Liste „%1“ des Snapshots enthält etwas, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>The snapshot has no valid &quot;collected_at&quot; time.</source>
        <translation>Der Snapshot hat keine gültige Zeit „collected_at“.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation>Der Snapshot %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The snapshot %1 is larger than 1 GiB.</source>
        <translation>Der Snapshot %1 ist größer als 1 GiB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (Engine %2)</source>
        <translation>%1 (Engine %2)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::SnapshotCollector</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 has an unexpected shape: expected %2.</source>
        <translation>Die Antwort des Daemons auf %1 hat eine unerwartete Form: erwartet wurde %2.</translation>
    </message>
    <message>
        <source>an object with &quot;Volumes&quot;</source>
        <translation>ein Objekt mit „Volumes“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>objects with a &quot;%1&quot; string</source>
        <translation>Objekte mit einem Text „%1“</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Container %1 disappeared during the collection.</source>
        <translation>Container %1 ist während der Erfassung verschwunden.</translation>
    </message>
    <message>
        <source>Processes of container %1 could not be listed: %2</source>
        <translation>Die Prozesse von Container %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Image %1 disappeared during the collection.</source>
        <translation>Image %1 ist während der Erfassung verschwunden.</translation>
    </message>
    <message>
        <source>History of image %1 could not be read: %2</source>
        <translation>Der Verlauf von Image %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Network %1 disappeared during the collection.</source>
        <translation>Netzwerk %1 ist während der Erfassung verschwunden.</translation>
    </message>
    <message>
        <source>Connecting to the daemon</source>
        <translation>Verbindung zum Daemon wird hergestellt</translation>
    </message>
    <message>
        <source>Listing objects</source>
        <translation>Objekte werden aufgelistet</translation>
    </message>
    <message>
        <source>Inspecting containers</source>
        <translation>Container werden untersucht</translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation>Images werden untersucht</translation>
    </message>
    <message>
        <source>Inspecting networks</source>
        <translation>Netzwerke werden untersucht</translation>
    </message>
    <message>
        <source>Reading host facts</source>
        <translation>Host-Fakten werden gelesen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>host facts were not requested</source>
        <translation>Host-Fakten wurden nicht angefordert</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1 (beim Lesen von %2)</translation>
    </message>
    <message>
        <source>The daemon requires Engine API %1 or newer (its answer to /version), but Hullcheck speaks it at %2 (Hullcheck knows %3 to %4). Update Hullcheck.</source>
        <translation>Der Daemon verlangt Engine-API %1 oder neuer (seine Antwort auf /version), aber Hullcheck spricht sie mit %2 (Hullcheck kennt %3 bis %4). Aktualisieren Sie Hullcheck.</translation>
    </message>
    <message>
        <source>an object with an &quot;Id&quot; string</source>
        <translation>ein Objekt mit einem Text „Id“</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::TransportError</name>
    <message>
        <source>the system trust store</source>
        <translation>dem System-Zertifikatsspeicher</translation>
    </message>
    <message>
        <source>The Docker socket %1 does not exist. Is the daemon running? Start it (for example &quot;systemctl start docker&quot;) or choose another endpoint with -H or a context.</source>
        <translation>Der Docker-Socket %1 existiert nicht. Läuft der Daemon? Starten Sie ihn (zum Beispiel mit „systemctl start docker“) oder wählen Sie mit -H oder einem Kontext einen anderen Endpunkt.</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;, then log in again), or run a rootless daemon and connect to unix://$XDG_RUNTIME_DIR/docker.sock.</source>
        <translation>Zugriff auf den Docker-Socket %1 verweigert. Fügen Sie Ihren Benutzer der Gruppe docker hinzu („sudo usermod -aG docker $USER“, dann neu anmelden) oder betreiben Sie einen rootless Daemon und verbinden Sie sich mit unix://$XDG_RUNTIME_DIR/docker.sock.</translation>
    </message>
    <message>
        <source>Nothing is listening on the Docker socket %1 (a stale socket file?). Start the daemon.</source>
        <translation>Am Docker-Socket %1 lauscht nichts (eine veraltete Socket-Datei?). Starten Sie den Daemon.</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker socket %1: %2</source>
        <translation>Verbindung zum Docker-Socket %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The daemon at %1 refused the connection. Is it listening on port %2?</source>
        <translation>Der Daemon unter %1 hat die Verbindung abgelehnt. Lauscht er an Port %2?</translation>
    </message>
    <message>
        <source>Cannot reach the daemon at %1: %2</source>
        <translation>Der Daemon unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server certificate of %1 is not issued for the host name &quot;%2&quot;. Connect with the name the certificate names (its subject alternative names), or reissue the certificate.</source>
        <translation>Das Server-Zertifikat von %1 ist nicht für den Hostnamen „%2“ ausgestellt. Verbinden Sie sich mit einem Namen, den das Zertifikat nennt (seine Subject Alternative Names), oder stellen Sie das Zertifikat neu aus.</translation>
    </message>
    <message>
        <source>The server certificate of %1 is not trusted: it is not signed by the CA in %2. Give the CA that signed the daemon&apos;s certificate with --tlscacert (or ca.pem in DOCKER_CERT_PATH).</source>
        <translation>Dem Server-Zertifikat von %1 wird nicht vertraut: Es ist nicht von der CA in %2 signiert. Geben Sie die CA, die das Zertifikat des Daemons signiert hat, mit --tlscacert an (oder ca.pem in DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon at %1 requires a client certificate and none was given. Give one with --tlscert and --tlskey (or cert.pem and key.pem in DOCKER_CERT_PATH).</source>
        <translation>Der Daemon unter %1 verlangt ein Client-Zertifikat, und es wurde keines angegeben. Geben Sie eines mit --tlscert und --tlskey an (oder cert.pem und key.pem in DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer exceeded %1 MiB, so Hullcheck stopped reading it. This is far larger than any real Docker answer; is %2 really a Docker daemon?</source>
        <translation>Die Antwort des Daemons überschritt %1 MiB, daher hat Hullcheck das Lesen abgebrochen. Das ist weit größer als jede echte Docker-Antwort; ist %2 wirklich ein Docker-Daemon?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; of %2.</source>
        <translation>Der Hostname „%1“ von %2 lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read or holds no certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 ist nicht lesbar oder enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be used: it is unreadable, encrypted, or does not match the certificate %2.</source>
        <translation>Der Client-Schlüssel %1 ist nicht verwendbar: Er ist nicht lesbar, verschlüsselt oder passt nicht zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>Das Client-Zertifikat %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 does not speak TLS. It may be a plain-HTTP endpoint (unencrypted and unauthenticated: anyone who reaches it controls the host).</source>
        <translation>%1 spricht kein TLS. Es ist vielleicht ein reiner HTTP-Endpunkt (unverschlüsselt und ohne Authentifizierung: Wer ihn erreicht, kontrolliert den Host).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer was cut short (truncated response). The daemon may have stopped.</source>
        <translation>Die Antwort des Daemons wurde abgeschnitten. Der Daemon wurde vielleicht beendet.</translation>
    </message>
    <message>
        <source>The daemon at %1 closed the connection without answering.</source>
        <translation>Der Daemon unter %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a valid HTTP response. Is it a Docker daemon?</source>
        <translation>%1 hat mit etwas geantwortet, das keine gültige HTTP-Antwort ist. Ist es ein Docker-Daemon?</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer is larger than %1 MiB, so Hullcheck did not read it.</source>
        <translation>Die Antwort des Daemons ist größer als %1 MiB, daher hat Hullcheck sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The daemon at %1 expects TLS. Connect with --tlsverify and the client certificate and key (or set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).</source>
        <translation>Der Daemon unter %1 erwartet TLS. Verbinden Sie sich mit --tlsverify sowie Client-Zertifikat und -Schlüssel (oder setzen Sie DOCKER_TLS_VERIFY=1 und DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon answered HTTP %1 without a message.</source>
        <translation>Der Daemon antwortete mit HTTP %1 ohne Meldung.</translation>
    </message>
    <message>
        <source>The daemon answered HTTP %1: %2</source>
        <translation>Der Daemon antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is truncated JSON (it ends after %2 bytes).</source>
        <translation>Die Antwort des Daemons auf %1 ist abgeschnittenes JSON (sie endet nach %2 Bytes).</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is not valid JSON (%2 at byte %3 of %4).</source>
        <translation>Die Antwort des Daemons auf %1 ist kein gültiges JSON (%2 bei Byte %3 von %4).</translation>
    </message>
    <message>
        <source>The server certificate of %1 is not valid yet. Check this machine&apos;s clock and the daemon&apos;s, or reissue the certificate.</source>
        <translation>Das Server-Zertifikat von %1 ist noch nicht gültig. Prüfen Sie die Uhr dieses Rechners und die des Daemons, oder stellen Sie das Zertifikat neu aus.</translation>
    </message>
    <message>
        <source>The server certificate of %1 has expired. Renew the daemon&apos;s certificate (and check this machine&apos;s clock).</source>
        <translation>Das Server-Zertifikat von %1 ist abgelaufen. Erneuern Sie das Zertifikat des Daemons (und prüfen Sie die Uhr dieses Rechners).</translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: it expired on %3. Renew it with the CA the daemon trusts.</source>
        <translation>Der Daemon unter %1 hat das Client-Zertifikat %2 abgelehnt: Es ist am %3 abgelaufen. Erneuern Sie es bei der CA, der der Daemon vertraut.</translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: it is not valid before %3. Check this machine&apos;s clock.</source>
        <translation>Der Daemon unter %1 hat das Client-Zertifikat %2 abgelehnt: Es ist nicht vor %3 gültig. Prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: most likely it is not signed by a CA the daemon trusts. Use a certificate issued by the daemon&apos;s CA (its --tlscacert).</source>
        <translation>Der Daemon unter %1 hat das Client-Zertifikat %2 abgelehnt: Höchstwahrscheinlich ist es nicht von einer CA signiert, der der Daemon vertraut. Verwenden Sie ein Zertifikat, das von der CA des Daemons ausgestellt wurde (seinem --tlscacert).</translation>
    </message>
    <message>
        <source>The daemon at %1 did not answer within %2 s. It may be overloaded or stuck, or a firewall drops the traffic; if it is only slow, give it more time (--timeout in hullcheck-cli, Settings in the app).</source>
        <translation>Der Daemon unter %1 hat nicht innerhalb von %2 s geantwortet. Er ist vielleicht überlastet oder hängt, oder eine Firewall verwirft den Verkehr; wenn er nur langsam ist, geben Sie ihm mehr Zeit (--timeout in hullcheck-cli, Einstellungen in der App).</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::YamlSupport</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected character</source>
        <translation>YAML-Syntaxfehler: unerwartetes Zeichen</translation>
    </message>
</context>
<context>
    <name>hullcheck::rules</name>
    <message>
        <source>A separate partition holds the containers&apos; data</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION title</extracomment>
        <translation>Die Daten der Container liegen auf einer eigenen Partition</translation>
    </message>
    <message>
        <source>Checks, from the daemon&apos;s mount table, that its data root (/info DockerRootDir; its parent under userns-remap) is a filesystem of its own. Being a mount point is not enough: dockerd bind-mounts its data root onto itself, which the reference tool&apos;s &quot;mountpoint -q&quot; takes for a partition.</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION description</extracomment>
        <translation>Prüft anhand der Mount-Tabelle des Daemons, dass sein Datenverzeichnis (/info DockerRootDir; unter userns-remap dessen übergeordnetes Verzeichnis) ein eigenes Dateisystem ist. Ein Einhängepunkt allein genügt nicht: dockerd hängt sein Datenverzeichnis per Bind-Mount auf sich selbst ein, was „mountpoint -q“ im Referenzwerkzeug für eine Partition hält.</translation>
    </message>
    <message>
        <source>Images, containers and volumes grow without bound. On the root filesystem they can fill it and stop the host; on their own partition they can only stop Docker.</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION rationale</extracomment>
        <translation>Images, Container und Volumes wachsen unbegrenzt. Auf dem Root-Dateisystem können sie es füllen und den Host lahmlegen; auf einer eigenen Partition können sie nur Docker lahmlegen.</translation>
    </message>
    <message>
        <source>Create a dedicated partition or logical volume (LVM makes it easy to grow), stop the daemon, move the contents of {value} onto it, mount it at {value} through /etc/fstab, and start the daemon again. Or set &quot;data-root&quot; in {config_file} to a directory on a dedicated filesystem and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Legen Sie eine eigene Partition oder ein logisches Volume an (mit LVM lässt es sich leicht vergrößern), stoppen Sie den Daemon, verschieben Sie den Inhalt von {value} dorthin, hängen Sie es über /etc/fstab unter {value} ein und starten Sie den Daemon wieder. Oder setzen Sie „data-root“ in {config_file} auf ein Verzeichnis auf einem eigenen Dateisystem und starten Sie den Daemon neu (sudo systemctl restart docker).</translation>
    </message>
    <message>
        <source>Only trusted users control the Docker daemon</source>
        <extracomment>HC-HOST-DOCKER-GROUP title</extracomment>
        <translation>Nur vertrauenswürdige Benutzer steuern den Docker-Daemon</translation>
    </message>
    <message>
        <source>Lists the members of the daemon&apos;s socket group (from /etc/group, plus users whose primary group it is, and the group that owns the socket file when it is another one). Reported as information for review; a warning names members outside params.trusted_users when that list is given.</source>
        <extracomment>HC-HOST-DOCKER-GROUP description</extracomment>
        <translation>Listet die Mitglieder der Socket-Gruppe des Daemons auf (aus /etc/group, dazu Benutzer mit dieser Gruppe als primärer Gruppe sowie die Gruppe, der die Socket-Datei gehört, falls es eine andere ist). Wird als Information zur Prüfung gemeldet; ist params.trusted_users angegeben, nennt eine Warnung die Mitglieder, die nicht in dieser Liste stehen.</translation>
    </message>
    <message>
        <source>Whoever can use the daemon&apos;s socket can start a privileged container that mounts the host&apos;s root filesystem: membership of the docker group is root on the host.</source>
        <extracomment>HC-HOST-DOCKER-GROUP rationale</extracomment>
        <translation>Wer den Socket des Daemons nutzen kann, kann einen privilegierten Container starten, der das Root-Dateisystem des Hosts einhängt: Mitgliedschaft in der Gruppe docker bedeutet Root-Rechte auf dem Host.</translation>
    </message>
    <message>
        <source>Remove users who should not control the daemon from the group: sudo gpasswd -d USER docker (members: {value}). Consider rootless mode for users who only need their own containers.</source>
        <extracomment>HC-HOST-DOCKER-GROUP remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie Benutzer, die den Daemon nicht steuern sollen, aus der Gruppe: sudo gpasswd -d USER docker (Mitglieder: {value}). Erwägen Sie den Rootless-Modus für Benutzer, die nur ihre eigenen Container brauchen.</translation>
    </message>
    <message>
        <source>The Docker daemon is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD title</extracomment>
        <translation>Der Docker-Daemon wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule (auditctl -l, else /etc/audit/audit.rules and /etc/audit/rules.d) watches the daemon&apos;s executable, as /proc/PID/exe names it (/usr/sbin/dockerd on Debian, /usr/bin/dockerd elsewhere).</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD description</extracomment>
        <translation>Prüft, dass eine Audit-Regel (auditctl -l, sonst /etc/audit/audit.rules und /etc/audit/rules.d) die ausführbare Datei des Daemons überwacht, wie /proc/PID/exe sie benennt (/usr/sbin/dockerd unter Debian, /usr/bin/dockerd anderswo).</translation>
    </message>
    <message>
        <source>The daemon runs as root; an audit trail of who ran or changed it is needed to investigate an incident.</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD rationale</extracomment>
        <translation>Der Daemon läuft als root; um einen Vorfall zu untersuchen, braucht es einen Audit-Trail darüber, wer ihn ausgeführt oder geändert hat.</translation>
    </message>
    <message>
        <source>Add the line &quot;-w {value} -p rwxa -k docker&quot; to /etc/audit/rules.d/docker.rules and load it with &quot;sudo augenrules --load&quot; (or, until the next reboot, &quot;sudo auditctl -w {value} -p rwxa -k docker&quot;).</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fügen Sie die Zeile „-w {value} -p rwxa -k docker“ in /etc/audit/rules.d/docker.rules ein und laden Sie sie mit „sudo augenrules --load“ (oder, bis zum nächsten Neustart, „sudo auditctl -w {value} -p rwxa -k docker“).</translation>
    </message>
    <message>
        <source>/run/containerd is audited</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD title</extracomment>
        <translation>/run/containerd wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /run/containerd, containerd&apos;s state directory (its sockets and the running containers&apos; bundles). Skipped when the directory does not exist.</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD description</extracomment>
        <translation>Prüft, dass eine Audit-Regel /run/containerd überwacht, das Zustandsverzeichnis von containerd (seine Sockets und die Bundles der laufenden Container). Wird übersprungen, wenn das Verzeichnis nicht existiert.</translation>
    </message>
    <message>
        <source>Changes under /run/containerd change running containers; auditing them records who did it.</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD rationale</extracomment>
        <translation>Änderungen unter /run/containerd verändern laufende Container; das Audit zeichnet auf, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>The Docker data root is audited</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT title</extracomment>
        <translation>Das Docker-Datenverzeichnis wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the daemon&apos;s data root as /info DockerRootDir reports it (the reference tool checks /var/lib/docker whatever the daemon uses).</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT description</extracomment>
        <translation>Prüft, dass eine Audit-Regel das Datenverzeichnis des Daemons überwacht, wie /info DockerRootDir es meldet (das Referenzwerkzeug prüft /var/lib/docker, gleich was der Daemon verwendet).</translation>
    </message>
    <message>
        <source>The data root holds every image, container filesystem and volume; an audit trail shows who changed them.</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT rationale</extracomment>
        <translation>Das Datenverzeichnis enthält alle Images, Container-Dateisysteme und Volumes; ein Audit-Trail zeigt, wer sie geändert hat.</translation>
    </message>
    <message>
        <source>/etc/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER title</extracomment>
        <translation>/etc/docker wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/docker (daemon.json, TLS keys, registry certificates). Skipped when the directory does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER description</extracomment>
        <translation>Prüft, dass eine Audit-Regel /etc/docker überwacht (daemon.json, TLS-Schlüssel, Registry-Zertifikate). Wird übersprungen, wenn das Verzeichnis nicht existiert.</translation>
    </message>
    <message>
        <source>/etc/docker holds the daemon&apos;s configuration and keys; changes to it change how the daemon runs.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER rationale</extracomment>
        <translation>/etc/docker enthält die Konfiguration und die Schlüssel des Daemons; Änderungen daran ändern, wie der Daemon läuft.</translation>
    </message>
    <message>
        <source>The docker.service unit file is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE title</extracomment>
        <translation>Die Unit-Datei docker.service wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the docker.service unit file systemd loads (systemctl show -p FragmentPath, else /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system). Skipped when there is no such unit.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die Unit-Datei docker.service überwacht, die systemd lädt (systemctl show -p FragmentPath, sonst /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system). Wird übersprungen, wenn es keine solche Unit gibt.</translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; changing it changes the daemon&apos;s flags at the next start.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE rationale</extracomment>
        <translation>Die Unit-Datei legt die Befehlszeile des Daemons fest; wer sie ändert, ändert beim nächsten Start die Flags des Daemons.</translation>
    </message>
    <message>
        <source>The containerd socket is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK title</extracomment>
        <translation>Der containerd-Socket wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd socket the daemon really uses: --containerd, else the system containerd&apos;s /run/containerd/containerd.sock, else the containerd dockerd started under its exec-root (Debian&apos;s docker.io). The reference tool never finds the file here and prints a broken remediation.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK description</extracomment>
        <translation>Prüft, dass eine Audit-Regel den containerd-Socket überwacht, den der Daemon tatsächlich verwendet: --containerd, sonst /run/containerd/containerd.sock des System-containerd, sonst das containerd, das dockerd unter seinem exec-root gestartet hat (docker.io unter Debian). Das Referenzwerkzeug findet die Datei hier nie und gibt eine fehlerhafte Abhilfe aus.</translation>
    </message>
    <message>
        <source>The containerd socket gives full control of every container, as the Docker socket does.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK rationale</extracomment>
        <translation>Der containerd-Socket gibt volle Kontrolle über jeden Container, genau wie der Docker-Socket.</translation>
    </message>
    <message>
        <source>The docker.socket unit file is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT title</extracomment>
        <translation>Die Unit-Datei docker.socket wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the docker.socket unit file (where systemd creates the daemon&apos;s socket and sets its owner and mode). Skipped when there is no such unit.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die Unit-Datei docker.socket überwacht (in der systemd den Socket des Daemons anlegt und dessen Eigentümer und Modus festlegt). Wird übersprungen, wenn es keine solche Unit gibt.</translation>
    </message>
    <message>
        <source>The socket unit decides who may use the daemon&apos;s socket; changes to it should leave a trail.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT rationale</extracomment>
        <translation>Die Socket-Unit entscheidet, wer den Socket des Daemons nutzen darf; Änderungen daran sollten Spuren hinterlassen.</translation>
    </message>
    <message>
        <source>/etc/default/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER title</extracomment>
        <translation>/etc/default/docker wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/default/docker (extra daemon options on Debian-based hosts). Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER description</extracomment>
        <translation>Prüft, dass eine Audit-Regel /etc/default/docker überwacht (zusätzliche Daemon-Optionen auf Debian-basierten Hosts). Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>The file can add flags to the daemon&apos;s command line.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER rationale</extracomment>
        <translation>Die Datei kann der Befehlszeile des Daemons Flags hinzufügen.</translation>
    </message>
    <message>
        <source>The daemon&apos;s daemon.json is audited</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON title</extracomment>
        <translation>Die daemon.json des Daemons wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the daemon.json the daemon reads (--config-file, else /etc/docker/daemon.json; ~/.config/docker/daemon.json when rootless); a watch on its directory counts. Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die daemon.json überwacht, die der Daemon liest (--config-file, sonst /etc/docker/daemon.json; im Rootless-Modus ~/.config/docker/daemon.json); eine Überwachung ihres Verzeichnisses zählt ebenfalls. Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>daemon.json holds the daemon&apos;s security settings; changes to it should leave a trail.</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON rationale</extracomment>
        <translation>daemon.json enthält die Sicherheitseinstellungen des Daemons; Änderungen daran sollten Spuren hinterlassen.</translation>
    </message>
    <message>
        <source>/etc/containerd/config.toml is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG title</extracomment>
        <translation>/etc/containerd/config.toml wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches containerd&apos;s configuration file. Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die Konfigurationsdatei von containerd überwacht. Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>containerd&apos;s configuration decides runtimes, plugins and registries for every container.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG rationale</extracomment>
        <translation>Die Konfiguration von containerd bestimmt Runtimes, Plugins und Registries für jeden Container.</translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-SYSCONFIG-DOCKER title</extracomment>
        <translation>/etc/sysconfig/docker wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/sysconfig/docker (extra daemon options on Red Hat-based hosts). Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-SYSCONFIG-DOCKER description</extracomment>
        <translation>Prüft, dass eine Audit-Regel /etc/sysconfig/docker überwacht (zusätzliche Daemon-Optionen auf Red-Hat-basierten Hosts). Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>The containerd binary is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN title</extracomment>
        <translation>Die containerd-Binärdatei wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd executable, found on the search path (/usr/bin/containerd on most hosts). Skipped when containerd is not installed.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die ausführbare Datei von containerd überwacht, gefunden über den Suchpfad (auf den meisten Hosts /usr/bin/containerd). Wird übersprungen, wenn containerd nicht installiert ist.</translation>
    </message>
    <message>
        <source>containerd runs every container as root; replacing its binary takes over all of them.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN rationale</extracomment>
        <translation>containerd führt jeden Container als root aus; wer seine Binärdatei ersetzt, übernimmt sie alle.</translation>
    </message>
    <message>
        <source>The containerd-shim binary is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM title</extracomment>
        <translation>Die containerd-shim-Binärdatei wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim executable (the v1 shim of older containerd). Skipped when it is not installed (containerd 2.0 removed it).</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die ausführbare Datei containerd-shim überwacht (den v1-Shim älterer containerd-Versionen). Wird übersprungen, wenn sie nicht installiert ist (containerd 2.0 hat sie entfernt).</translation>
    </message>
    <message>
        <source>A shim runs next to each container and holds its stdio and exit status.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM rationale</extracomment>
        <translation>Ein Shim läuft neben jedem Container und hält dessen stdio und Exit-Status.</translation>
    </message>
    <message>
        <source>The containerd-shim-runc-v1 binary is audited</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V1 title</extracomment>
        <translation>Die containerd-shim-runc-v1-Binärdatei wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim-runc-v1 executable. Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V1 description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die ausführbare Datei containerd-shim-runc-v1 überwacht. Wird übersprungen, wenn sie nicht installiert ist.</translation>
    </message>
    <message>
        <source>The containerd-shim-runc-v2 binary is audited</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V2 title</extracomment>
        <translation>Die containerd-shim-runc-v2-Binärdatei wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim-runc-v2 executable, the shim current Docker engines use. Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V2 description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die ausführbare Datei containerd-shim-runc-v2 überwacht, den Shim, den aktuelle Docker Engines verwenden. Wird übersprungen, wenn sie nicht installiert ist.</translation>
    </message>
    <message>
        <source>The runc binary is audited</source>
        <extracomment>HC-HOST-AUDIT-RUNC title</extracomment>
        <translation>Die runc-Binärdatei wird überwacht (Audit)</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the runc executable the daemon runs (/info Runtimes, found on the search path: /usr/sbin/runc on Debian, /usr/bin/runc elsewhere). Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-RUNC description</extracomment>
        <translation>Prüft, dass eine Audit-Regel die ausführbare Datei von runc überwacht, die der Daemon ausführt (/info Runtimes, gefunden über den Suchpfad: /usr/sbin/runc unter Debian, /usr/bin/runc anderswo). Wird übersprungen, wenn sie nicht installiert ist.</translation>
    </message>
    <message>
        <source>runc creates every container&apos;s namespaces and cgroups as root; a replaced runc escapes every container.</source>
        <extracomment>HC-HOST-AUDIT-RUNC rationale</extracomment>
        <translation>runc legt die Namespaces und cgroups jedes Containers als root an; ein ausgetauschtes runc bricht aus jedem Container aus.</translation>
    </message>
    <message>
        <source>The container host is hardened</source>
        <extracomment>HC-HOST-HARDENED title</extracomment>
        <translation>Der Container-Host ist gehärtet</translation>
    </message>
    <message>
        <source>Review the host itself against a hardening guide for its operating system (for example the CIS benchmark for the distribution): minimal packages, patched kernel, SSH and accounts restricted, a firewall in front of published ports. Hullcheck cannot judge this; it is a manual review item.</source>
        <extracomment>HC-HOST-HARDENED description</extracomment>
        <translation>Prüfen Sie den Host selbst anhand eines Härtungsleitfadens für sein Betriebssystem (zum Beispiel des CIS Benchmarks für die Distribution): minimale Paketauswahl, gepatchter Kernel, eingeschränkter SSH-Zugang und eingeschränkte Konten, eine Firewall vor veröffentlichten Ports. Hullcheck kann dies nicht beurteilen; es ist ein Punkt zur manuellen Prüfung.</translation>
    </message>
    <message>
        <source>Containers share the host&apos;s kernel: a weak host undoes every container setting.</source>
        <extracomment>HC-HOST-HARDENED rationale</extracomment>
        <translation>Container teilen sich den Kernel des Hosts: Ein schwacher Host macht jede Container-Einstellung zunichte.</translation>
    </message>
    <message>
        <source>Apply your distribution&apos;s hardening guide to the host, or run containers on a minimal container-optimised OS, and keep it patched.</source>
        <extracomment>HC-HOST-HARDENED remediation</extracomment>
        <translation>Wenden Sie den Härtungsleitfaden Ihrer Distribution auf den Host an oder betreiben Sie Container auf einem minimalen, für Container optimierten Betriebssystem, und halten Sie es auf aktuellem Patchstand.</translation>
    </message>
    <message>
        <source>Docker Engine, containerd and runc are maintained releases without known vulnerabilities</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION title</extracomment>
        <translation>Docker Engine, containerd und runc sind gepflegte Versionen ohne bekannte Schwachstellen</translation>
    </message>
    <message>
        <source>Compares the engine version (/version) and the containerd and runc versions it reports with a release table shipped in this rule (its date is shown): whether the release series is still maintained, and which known vulnerabilities are fixed in later versions. A version newer than the table is reported as information, not as vulnerable. Distribution builds (such as Debian&apos;s 20.10.24+dfsg1) whose upstream version is affected get a warning, because distributions backport fixes, unless the table names the fixing package. The reference tool guesses from the date instead, which means nothing since Docker stopped date versioning.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION description</extracomment>
        <translation>Vergleicht die Engine-Version (/version) sowie die von ihr gemeldeten Versionen von containerd und runc mit einer in dieser Regel mitgelieferten Versionstabelle (deren Datum wird angezeigt): ob die Versionsreihe noch gepflegt wird und welche bekannten Schwachstellen in späteren Versionen behoben sind. Eine Version, die neuer als die Tabelle ist, wird als Information gemeldet, nicht als verwundbar. Distributions-Builds (etwa Debians 20.10.24+dfsg1), deren Upstream-Version betroffen ist, erhalten eine Warnung, da Distributionen Korrekturen zurückportieren, es sei denn, die Tabelle nennt das korrigierende Paket. Das Referenzwerkzeug rät stattdessen anhand des Datums, was nichts aussagt, seit Docker keine datumsbasierten Versionen mehr verwendet.</translation>
    </message>
    <message>
        <source>Container escapes in runc and containerd, and authorization bypasses in the engine, are fixed by upgrading. Unmaintained releases get no fixes at all.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION rationale</extracomment>
        <translation>Container-Ausbrüche in runc und containerd sowie Umgehungen der Autorisierung in der Engine werden durch ein Upgrade behoben. Nicht mehr gepflegte Versionen erhalten überhaupt keine Korrekturen.</translation>
    </message>
    <message>
        <source>Upgrade {value} to a maintained release with the fixes: Docker&apos;s packages (docker-ce, containerd.io) or your distribution&apos;s security updates, then restart the daemon (sudo systemctl restart docker; with live-restore the containers keep running). Keep the host&apos;s kernel patched too.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Aktualisieren Sie {value} auf eine gepflegte Version mit den Korrekturen: die Pakete von Docker (docker-ce, containerd.io) oder die Sicherheitsupdates Ihrer Distribution, und starten Sie dann den Daemon neu (sudo systemctl restart docker; mit live-restore laufen die Container weiter). Halten Sie auch den Kernel des Hosts auf aktuellem Patchstand.</translation>
    </message>
    <message>
        <source>The Docker daemon runs as a non-root user if possible</source>
        <extracomment>HC-DAEMON-ROOTLESS title</extracomment>
        <translation>Der Docker-Daemon läuft nach Möglichkeit als Nicht-root-Benutzer</translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=rootless (Podman: /info Rootless). A daemon running as root is reported as information: rootless mode has limits (no AppArmor, some network and storage drivers), so CIS asks for it only where possible. HC-DAEMON-USERNS fails when neither rootless mode nor user namespace remapping is in use.</source>
        <extracomment>HC-DAEMON-ROOTLESS description</extracomment>
        <translation>Prüft /info SecurityOptions auf name=rootless (Podman: /info Rootless). Ein als root laufender Daemon wird als Information gemeldet: Der Rootless-Modus hat Einschränkungen (kein AppArmor, einige Netzwerk- und Speichertreiber), daher verlangt CIS ihn nur, wo möglich. HC-DAEMON-USERNS schlägt fehl, wenn weder der Rootless-Modus noch User-Namespace-Remapping verwendet wird.</translation>
    </message>
    <message>
        <source>A rootless daemon and its containers run as an unprivileged user, so an escape from a container or a flaw in the daemon does not give root on the host.</source>
        <extracomment>HC-DAEMON-ROOTLESS rationale</extracomment>
        <translation>Ein Rootless-Daemon und seine Container laufen als unprivilegierter Benutzer, sodass ein Ausbruch aus einem Container oder eine Schwachstelle im Daemon keine Root-Rechte auf dem Host verschafft.</translation>
    </message>
    <message>
        <source>Where the workload allows it, run the daemon in rootless mode: install docker-ce-rootless-extras (or rootlesskit and slirp4netns), run &quot;dockerd-rootless-setuptool.sh install&quot; as the user who will own the daemon, and point clients at unix://$XDG_RUNTIME_DIR/docker.sock.</source>
        <extracomment>HC-DAEMON-ROOTLESS remediation</extracomment>
        <translation>Wo die Workload es zulässt, betreiben Sie den Daemon im Rootless-Modus: Installieren Sie docker-ce-rootless-extras (oder rootlesskit und slirp4netns), führen Sie „dockerd-rootless-setuptool.sh install“ als der Benutzer aus, dem der Daemon gehören soll, und richten Sie die Clients auf unix://$XDG_RUNTIME_DIR/docker.sock aus.</translation>
    </message>
    <message>
        <source>Network traffic between containers on the default bridge is restricted</source>
        <extracomment>HC-DAEMON-ICC title</extracomment>
        <translation>Der Netzwerkverkehr zwischen Containern auf der Standard-Bridge ist eingeschränkt</translation>
    </message>
    <message>
        <source>Checks the running default bridge network&apos;s option com.docker.network.bridge.enable_icc (GET /networks/bridge), which is what the daemon applies, whatever daemon.json says. Skipped on daemons without a default bridge (Podman).</source>
        <extracomment>HC-DAEMON-ICC description</extracomment>
        <translation>Prüft die Option com.docker.network.bridge.enable_icc des laufenden Standard-Bridge-Netzwerks (GET /networks/bridge); sie ist das, was der Daemon anwendet, gleich was in daemon.json steht. Wird bei Daemons ohne Standard-Bridge übersprungen (Podman).</translation>
    </message>
    <message>
        <source>With inter-container communication on, every container on the default bridge can reach every port of every other one, so one compromised container can attack all the others.</source>
        <extracomment>HC-DAEMON-ICC rationale</extracomment>
        <translation>Bei aktivierter Kommunikation zwischen Containern kann jeder Container auf der Standard-Bridge jeden Port jedes anderen erreichen, sodass ein kompromittierter Container alle anderen angreifen kann.</translation>
    </message>
    <message>
        <source>Set &quot;icc&quot;: false in {config_file} (or start dockerd with --icc=false) and restart the daemon (sudo systemctl restart docker). Containers that must talk to each other go on a user-defined network (&quot;docker network create NAME&quot;), where they can, and where nothing else can reach them.</source>
        <extracomment>HC-DAEMON-ICC remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie &quot;icc&quot;: false in {config_file} (oder starten Sie dockerd mit --icc=false) und starten Sie den Daemon neu (sudo systemctl restart docker). Container, die miteinander kommunizieren müssen, kommen in ein benutzerdefiniertes Netzwerk („docker network create NAME“), in dem sie einander erreichen können und in dem sonst niemand sie erreichen kann.</translation>
    </message>
    <message>
        <source>The daemon&apos;s logging level is info</source>
        <extracomment>HC-DAEMON-LOG-LEVEL title</extracomment>
        <translation>Die Protokollierungsstufe des Daemons ist info</translation>
    </message>
    <message>
        <source>Fails when /info shows debug logging. Otherwise reads --log-level (-l) from the daemon&apos;s command line, else &quot;log-level&quot; in its daemon.json (default info), which needs host access. The reference tool never reads the command line for this check, so --log-level=debug passes there.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL description</extracomment>
        <translation>Schlägt fehl, wenn /info Debug-Protokollierung zeigt. Andernfalls wird --log-level (-l) aus der Befehlszeile des Daemons gelesen, sonst „log-level“ aus seiner daemon.json (Standard info), was Host-Zugriff erfordert. Das Referenzwerkzeug liest für diese Prüfung nie die Befehlszeile, daher besteht --log-level=debug dort.</translation>
    </message>
    <message>
        <source>&quot;info&quot; records what an investigation needs. &quot;debug&quot; floods the logs and can record sensitive data; &quot;warn&quot;, &quot;error&quot; and &quot;fatal&quot; lose events.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL rationale</extracomment>
        <translation>„info“ zeichnet auf, was eine Untersuchung braucht. „debug“ überflutet die Protokolle und kann sensible Daten aufzeichnen; bei „warn“, „error“ und „fatal“ gehen Ereignisse verloren.</translation>
    </message>
    <message>
        <source>Remove &quot;log-level&quot; from {config_file} or set it to &quot;info&quot; (and drop --log-level / -l / -D from the daemon&apos;s command line), then restart the daemon (sudo systemctl restart docker). Current value: {value}.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie „log-level“ aus {config_file} oder setzen Sie es auf „info“ (und entfernen Sie --log-level / -l / -D aus der Befehlszeile des Daemons), und starten Sie den Daemon dann neu (sudo systemctl restart docker). Aktueller Wert: {value}.</translation>
    </message>
    <message>
        <source>Docker is allowed to make changes to iptables</source>
        <extracomment>HC-DAEMON-IPTABLES title</extracomment>
        <translation>Docker darf Änderungen an iptables vornehmen</translation>
    </message>
    <message>
        <source>Reads --iptables from the daemon&apos;s command line, else &quot;iptables&quot; in its daemon.json (default true). Needs host access: the API does not show it.</source>
        <extracomment>HC-DAEMON-IPTABLES description</extracomment>
        <translation>Liest --iptables aus der Befehlszeile des Daemons, sonst „iptables“ aus seiner daemon.json (Standard true). Erfordert Host-Zugriff: Die API zeigt es nicht.</translation>
    </message>
    <message>
        <source>With iptables management off, published ports, network isolation and masquerading must be kept right by hand, and mistakes expose containers or let them reach what they should not.</source>
        <extracomment>HC-DAEMON-IPTABLES rationale</extracomment>
        <translation>Ist die iptables-Verwaltung abgeschaltet, müssen veröffentlichte Ports, Netzwerkisolation und Masquerading von Hand korrekt gehalten werden, und Fehler legen Container offen oder lassen sie erreichen, was sie nicht erreichen sollten.</translation>
    </message>
    <message>
        <source>Remove &quot;iptables&quot;: false from {config_file} (or --iptables=false from the daemon&apos;s command line) and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-DAEMON-IPTABLES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie &quot;iptables&quot;: false aus {config_file} (oder --iptables=false aus der Befehlszeile des Daemons) und starten Sie den Daemon neu (sudo systemctl restart docker).</translation>
    </message>
    <message>
        <source>Insecure registries are not used</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES title</extracomment>
        <translation>Unsichere Registries werden nicht verwendet</translation>
    </message>
    <message>
        <source>Checks the running daemon&apos;s /info RegistryConfig (InsecureRegistryCIDRs and IndexConfigs with Secure false). Loopback (Docker&apos;s built-in 127.0.0.0/8, ::1/128, localhost) is ignored: the reference tool flags that default. An entry in daemon.json that the running daemon does not use is noted.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES description</extracomment>
        <translation>Prüft /info RegistryConfig des laufenden Daemons (InsecureRegistryCIDRs und IndexConfigs mit Secure false). Loopback (Dockers eingebautes 127.0.0.0/8, ::1/128, localhost) wird ignoriert: Das Referenzwerkzeug meldet diese Voreinstellung. Ein Eintrag in daemon.json, den der laufende Daemon nicht verwendet, wird vermerkt.</translation>
    </message>
    <message>
        <source>An insecure registry is reached over plain HTTP or unverified TLS, so anyone on the path can serve tampered images to the daemon.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES rationale</extracomment>
        <translation>Eine unsichere Registry wird über reines HTTP oder ungeprüftes TLS erreicht, sodass jeder auf dem Übertragungsweg dem Daemon manipulierte Images ausliefern kann.</translation>
    </message>
    <message>
        <source>Remove {value} from &quot;insecure-registries&quot; in {config_file} (or drop --insecure-registry from the daemon&apos;s command line) and restart the daemon; give the registry a TLS certificate, or trust its CA in /etc/docker/certs.d/HOST:PORT/ca.crt.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie {value} aus „insecure-registries“ in {config_file} (oder entfernen Sie --insecure-registry aus der Befehlszeile des Daemons) und starten Sie den Daemon neu; geben Sie der Registry ein TLS-Zertifikat oder vertrauen Sie ihrer CA in /etc/docker/certs.d/HOST:PORT/ca.crt.</translation>
    </message>
    <message>
        <source>The aufs storage driver is not used</source>
        <extracomment>HC-DAEMON-AUFS title</extracomment>
        <translation>Der Speichertreiber aufs wird nicht verwendet</translation>
    </message>
    <message>
        <source>Checks /info Driver.</source>
        <extracomment>HC-DAEMON-AUFS description</extracomment>
        <translation>Prüft /info Driver.</translation>
    </message>
    <message>
        <source>aufs is unmaintained, was removed from Docker Engine 24, and has known kernel crashes and security issues.</source>
        <extracomment>HC-DAEMON-AUFS rationale</extracomment>
        <translation>aufs wird nicht mehr gepflegt, wurde in Docker Engine 24 entfernt und hat bekannte Kernel-Abstürze und Sicherheitsprobleme.</translation>
    </message>
    <message>
        <source>Move to overlay2: save what you need (docker save, volume backups), set &quot;storage-driver&quot;: &quot;overlay2&quot; in {config_file}, restart the daemon and pull or load the images again.</source>
        <extracomment>HC-DAEMON-AUFS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Wechseln Sie zu overlay2: Sichern Sie, was Sie brauchen (docker save, Volume-Sicherungen), setzen Sie &quot;storage-driver&quot;: &quot;overlay2&quot; in {config_file}, starten Sie den Daemon neu und laden Sie die Images erneut per pull oder load.</translation>
    </message>
    <message>
        <source>The daemon is never reachable over TCP without TLS client authentication</source>
        <extracomment>HC-DAEMON-TCP-TLS title</extracomment>
        <translation>Der Daemon ist niemals ohne TLS-Client-Authentifizierung über TCP erreichbar</translation>
    </message>
    <message>
        <source>Fails when this scan itself reached the daemon over plain TCP (or TLS without verifying the daemon), which the API alone proves, also for remote daemons. With host access, also fails for every TCP listener in the daemon&apos;s -H / --host flags and daemon.json &quot;hosts&quot; when the daemon lacks --tlsverify (--tls alone does not authenticate clients). A verified TLS connection without host access is information: the daemon&apos;s other listeners cannot be seen.</source>
        <extracomment>HC-DAEMON-TCP-TLS description</extracomment>
        <translation>Schlägt fehl, wenn diese Prüfung selbst den Daemon über reines TCP erreicht hat (oder über TLS, ohne den Daemon zu verifizieren), was allein die API belegt, auch bei entfernten Daemons. Mit Host-Zugriff schlägt sie außerdem für jeden TCP-Listener in den Flags -H / --host und in „hosts“ der daemon.json fehl, wenn dem Daemon --tlsverify fehlt (--tls allein authentifiziert keine Clients). Eine verifizierte TLS-Verbindung ohne Host-Zugriff ist eine Information: Die übrigen Listener des Daemons sind nicht sichtbar.</translation>
    </message>
    <message>
        <source>The Docker API is root on the host. Without TLS client authentication, anyone who can reach the port can start a privileged container and take over the machine.</source>
        <extracomment>HC-DAEMON-TCP-TLS rationale</extracomment>
        <translation>Die Docker-API bedeutet Root-Rechte auf dem Host. Ohne TLS-Client-Authentifizierung kann jeder, der den Port erreicht, einen privilegierten Container starten und die Maschine übernehmen.</translation>
    </message>
    <message>
        <source>Stop listening on plain TCP ({value}): use the unix socket (or SSH, DOCKER_HOST=ssh://user@host), or give the daemon &quot;tlsverify&quot;: true, &quot;tlscacert&quot;, &quot;tlscert&quot; and &quot;tlskey&quot; in {config_file} with a CA that signs only trusted clients, listen on port 2376, and restart the daemon. Clients then connect with --tlsverify and their own certificate.</source>
        <extracomment>HC-DAEMON-TCP-TLS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Hören Sie nicht mehr auf reinem TCP ({value}): Verwenden Sie den Unix-Socket (oder SSH, DOCKER_HOST=ssh://user@host), oder geben Sie dem Daemon &quot;tlsverify&quot;: true, „tlscacert“, „tlscert“ und „tlskey“ in {config_file} mit einer CA, die nur vertrauenswürdige Clients signiert, lauschen Sie auf Port 2376 und starten Sie den Daemon neu. Clients verbinden sich dann mit --tlsverify und ihrem eigenen Zertifikat.</translation>
    </message>
    <message>
        <source>The default ulimits are configured appropriately</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS title</extracomment>
        <translation>Die Standard-ulimits sind angemessen konfiguriert</translation>
    </message>
    <message>
        <source>Review the daemon&apos;s default ulimits (&quot;default-ulimits&quot; in daemon.json, or --default-ulimit) against what the workloads need, for example nofile and nproc. Whether a limit is appropriate is a judgement, so this is a manual review item (CIS marks it manual).</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS description</extracomment>
        <translation>Prüfen Sie die Standard-ulimits des Daemons („default-ulimits“ in daemon.json oder --default-ulimit) anhand dessen, was die Workloads brauchen, zum Beispiel nofile und nproc. Ob ein Limit angemessen ist, ist eine Ermessensfrage, daher ist dies ein Punkt zur manuellen Prüfung (CIS stuft ihn als manuell ein).</translation>
    </message>
    <message>
        <source>Default ulimits bound what one container can take of file handles and processes, so it cannot starve the others.</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS rationale</extracomment>
        <translation>Standard-ulimits begrenzen, wie viele Datei-Handles und Prozesse ein einzelner Container belegen kann, sodass er die anderen nicht aushungern kann.</translation>
    </message>
    <message>
        <source>Set defaults in {config_file}, for example &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 64000, &quot;Hard&quot;: 64000}}, restart the daemon, and override per container with --ulimit where needed.</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie Standardwerte in {config_file}, zum Beispiel &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 64000, &quot;Hard&quot;: 64000}}, starten Sie den Daemon neu und überschreiben Sie sie bei Bedarf pro Container mit --ulimit.</translation>
    </message>
    <message>
        <source>Container root is not host root (user namespace remapping or rootless mode)</source>
        <extracomment>HC-DAEMON-USERNS title</extracomment>
        <translation>Root im Container ist nicht Root auf dem Host (User-Namespace-Remapping oder Rootless-Modus)</translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=userns (user namespace remapping) or name=rootless (the whole daemon in a user namespace; Podman: /info Rootless). Either maps root in a container to an unprivileged user on the host.</source>
        <extracomment>HC-DAEMON-USERNS description</extracomment>
        <translation>Prüft /info SecurityOptions auf name=userns (User-Namespace-Remapping) oder name=rootless (der gesamte Daemon in einem User-Namespace; Podman: /info Rootless). Beides bildet root in einem Container auf einen unprivilegierten Benutzer auf dem Host ab.</translation>
    </message>
    <message>
        <source>Without a user namespace, uid 0 in a container is uid 0 on the host: any escape, or any host path mounted into the container, is root&apos;s.</source>
        <extracomment>HC-DAEMON-USERNS rationale</extracomment>
        <translation>Ohne User-Namespace ist UID 0 in einem Container UID 0 auf dem Host: Jeder Ausbruch und jeder in den Container eingehängte Host-Pfad gehört root.</translation>
    </message>
    <message>
        <source>Either set &quot;userns-remap&quot;: &quot;default&quot; in {config_file} (Docker creates the dockremap user and its /etc/subuid and /etc/subgid ranges) and restart the daemon (existing images and containers are not visible to the remapped daemon), or run the daemon rootless (dockerd-rootless-setuptool.sh install).</source>
        <extracomment>HC-DAEMON-USERNS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie entweder &quot;userns-remap&quot;: &quot;default&quot; in {config_file} (Docker legt den Benutzer dockremap und seine Bereiche in /etc/subuid und /etc/subgid an) und starten Sie den Daemon neu (vorhandene Images und Container sind für den umgemappten Daemon nicht sichtbar), oder betreiben Sie den Daemon rootless (dockerd-rootless-setuptool.sh install).</translation>
    </message>
    <message>
        <source>The default cgroup parent is the default</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT title</extracomment>
        <translation>Die Standard-cgroup-parent ist die Voreinstellung</translation>
    </message>
    <message>
        <source>Reads --cgroup-parent from the daemon&apos;s command line, else &quot;cgroup-parent&quot; in its daemon.json. Warns when it is set, for review. (The reference tool never sees the daemon.json setting.) Needs host access.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT description</extracomment>
        <translation>Liest --cgroup-parent aus der Befehlszeile des Daemons, sonst „cgroup-parent“ aus seiner daemon.json. Warnt, wenn sie gesetzt ist, zur Prüfung. (Das Referenzwerkzeug sieht die Einstellung in daemon.json nie.) Erfordert Host-Zugriff.</translation>
    </message>
    <message>
        <source>The cgroup parent decides which limits every container inherits; a changed parent should be deliberate.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT rationale</extracomment>
        <translation>Die cgroup-parent bestimmt, welche Limits jeder Container erbt; eine geänderte cgroup-parent sollte bewusst gewählt sein.</translation>
    </message>
    <message>
        <source>Confirm that the cgroup parent {value} is intended; otherwise remove &quot;cgroup-parent&quot; from {config_file} (or --cgroup-parent from the command line) and restart the daemon.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Bestätigen Sie, dass die cgroup-parent {value} beabsichtigt ist; andernfalls entfernen Sie „cgroup-parent“ aus {config_file} (oder --cgroup-parent aus der Befehlszeile) und starten Sie den Daemon neu.</translation>
    </message>
    <message>
        <source>The base device size is not changed without need</source>
        <extracomment>HC-DAEMON-DM-BASESIZE title</extracomment>
        <translation>Die Größe des Basisgeräts wird nicht ohne Notwendigkeit geändert</translation>
    </message>
    <message>
        <source>Passes when the storage driver (/info Driver) is not devicemapper, which alone uses dm.basesize (it was removed in Engine 25). Otherwise reads --storage-opt and &quot;storage-opts&quot; from the command line and daemon.json (host access) and fails when they set dm.basesize.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE description</extracomment>
        <translation>Besteht, wenn der Speichertreiber (/info Driver) nicht devicemapper ist, der als einziger dm.basesize verwendet (er wurde in Engine 25 entfernt). Andernfalls werden --storage-opt und „storage-opts“ aus der Befehlszeile und der daemon.json gelesen (Host-Zugriff); die Prüfung schlägt fehl, wenn sie dm.basesize setzen.</translation>
    </message>
    <message>
        <source>A larger base device lets every container use more disk, which can fill the filesystem.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE rationale</extracomment>
        <translation>Ein größeres Basisgerät erlaubt jedem Container, mehr Plattenplatz zu belegen, was das Dateisystem füllen kann.</translation>
    </message>
    <message>
        <source>Remove dm.basesize from &quot;storage-opts&quot; in {config_file} (or --storage-opt dm.basesize=... from the command line) unless it is needed, and restart the daemon.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie dm.basesize aus „storage-opts“ in {config_file} (oder --storage-opt dm.basesize=... aus der Befehlszeile), sofern es nicht benötigt wird, und starten Sie den Daemon neu.</translation>
    </message>
    <message>
        <source>An authorization plugin controls access to the daemon</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN title</extracomment>
        <translation>Ein Autorisierungs-Plugin kontrolliert den Zugriff auf den Daemon</translation>
    </message>
    <message>
        <source>Checks /info Plugins.Authorization. Skipped on Podman, which has no such plugins.</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN description</extracomment>
        <translation>Prüft /info Plugins.Authorization. Wird bei Podman übersprungen, das solche Plugins nicht kennt.</translation>
    </message>
    <message>
        <source>Without an authorization plugin, anyone who can use the socket can do everything; a plugin can allow each user only some API calls.</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN rationale</extracomment>
        <translation>Ohne Autorisierungs-Plugin kann jeder, der den Socket nutzen kann, alles tun; ein Plugin kann jedem Benutzer nur bestimmte API-Aufrufe erlauben.</translation>
    </message>
    <message>
        <source>Install an authorization plugin that fits your access policy, add it to &quot;authorization-plugins&quot; in {config_file} (or --authorization-plugin), and restart the daemon. Keep the engine patched: authorization plugins had bypasses (CVE-2024-41110).</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Installieren Sie ein Autorisierungs-Plugin, das zu Ihrer Zugriffsrichtlinie passt, tragen Sie es unter „authorization-plugins“ in {config_file} ein (oder --authorization-plugin) und starten Sie den Daemon neu. Halten Sie die Engine auf aktuellem Patchstand: Autorisierungs-Plugins ließen sich bereits umgehen (CVE-2024-41110).</translation>
    </message>
    <message>
        <source>Container logs go to a central, remote log store</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING title</extracomment>
        <translation>Container-Protokolle gehen an einen zentralen, entfernten Protokollspeicher</translation>
    </message>
    <message>
        <source>Checks the default logging driver (/info LoggingDriver): json-file, local and none keep logs on the host (or nowhere) and fail; journald is information (it forwards only if set up to); syslog, gelf, fluentd, awslogs, splunk, gcplogs and other drivers pass.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING description</extracomment>
        <translation>Prüft den Standard-Logging-Treiber (/info LoggingDriver): json-file, local und none behalten die Protokolle auf dem Host (oder nirgends) und schlagen fehl; journald ist eine Information (leitet nur weiter, wenn so eingerichtet); syslog, gelf, fluentd, awslogs, splunk, gcplogs und andere Treiber bestehen.</translation>
    </message>
    <message>
        <source>Logs kept only on the host are lost with it and can be altered by whoever takes it over.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING rationale</extracomment>
        <translation>Nur auf dem Host gespeicherte Protokolle gehen mit ihm verloren und können von jedem verändert werden, der ihn übernimmt.</translation>
    </message>
    <message>
        <source>Set &quot;log-driver&quot; (for example syslog, gelf or fluentd) and its &quot;log-opts&quot; (the collector&apos;s address) in {config_file} and restart the daemon; new containers then log remotely. Current driver: {value}.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie „log-driver“ (zum Beispiel syslog, gelf oder fluentd) und dessen „log-opts“ (die Adresse des Collectors) in {config_file} und starten Sie den Daemon neu; neue Container protokollieren dann entfernt. Aktueller Treiber: {value}.</translation>
    </message>
    <message>
        <source>Containers are restricted from acquiring new privileges by default</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES title</extracomment>
        <translation>Container können standardmäßig keine neuen Privilegien erlangen</translation>
    </message>
    <message>
        <source>Reads --no-new-privileges from the daemon&apos;s command line, else &quot;no-new-privileges&quot; in its daemon.json (default false). Needs host access; each container&apos;s own setting is checked by the container rules.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES description</extracomment>
        <translation>Liest --no-new-privileges aus der Befehlszeile des Daemons, sonst „no-new-privileges“ aus seiner daemon.json (Standard false). Erfordert Host-Zugriff; die Einstellung jedes einzelnen Containers prüfen die Container-Regeln.</translation>
    </message>
    <message>
        <source>With no-new-privileges, setuid and setgid programs inside a container cannot raise privileges, which blocks a common escalation path.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES rationale</extracomment>
        <translation>Mit no-new-privileges können setuid- und setgid-Programme in einem Container ihre Privilegien nicht erhöhen, was einen gängigen Eskalationsweg blockiert.</translation>
    </message>
    <message>
        <source>Set &quot;no-new-privileges&quot;: true in {config_file} (or start dockerd with --no-new-privileges) and restart the daemon (sudo systemctl restart docker); new containers get it by default.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie &quot;no-new-privileges&quot;: true in {config_file} (oder starten Sie dockerd mit --no-new-privileges) und starten Sie den Daemon neu (sudo systemctl restart docker); neue Container erhalten es dann standardmäßig.</translation>
    </message>
    <message>
        <source>Live restore is enabled</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE title</extracomment>
        <translation>Live Restore ist aktiviert</translation>
    </message>
    <message>
        <source>Checks /info LiveRestoreEnabled. A swarm node, where live restore is not supported, is information. Skipped on Podman, whose containers do not depend on a long-running daemon.</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE description</extracomment>
        <translation>Prüft /info LiveRestoreEnabled. Ein Swarm-Knoten, auf dem Live Restore nicht unterstützt wird, ist eine Information. Wird bei Podman übersprungen, dessen Container nicht von einem dauerhaft laufenden Daemon abhängen.</translation>
    </message>
    <message>
        <source>With live restore, containers keep running while the daemon is restarted or upgraded, so security updates can be applied without downtime.</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE rationale</extracomment>
        <translation>Mit Live Restore laufen Container weiter, während der Daemon neu gestartet oder aktualisiert wird, sodass Sicherheitsupdates ohne Ausfallzeit eingespielt werden können.</translation>
    </message>
    <message>
        <source>Set &quot;live-restore&quot;: true in {config_file} and reload the daemon (sudo systemctl reload docker, or kill -HUP the dockerd process).</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie &quot;live-restore&quot;: true in {config_file} und laden Sie den Daemon neu (sudo systemctl reload docker oder kill -HUP auf den dockerd-Prozess).</translation>
    </message>
    <message>
        <source>The userland proxy is disabled</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY title</extracomment>
        <translation>Der Userland-Proxy ist deaktiviert</translation>
    </message>
    <message>
        <source>Reads --userland-proxy from the daemon&apos;s command line, else &quot;userland-proxy&quot; in its daemon.json (default true). Needs host access.</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY description</extracomment>
        <translation>Liest --userland-proxy aus der Befehlszeile des Daemons, sonst „userland-proxy“ aus seiner daemon.json (Standard true). Erfordert Host-Zugriff.</translation>
    </message>
    <message>
        <source>The userland proxy (docker-proxy) is an extra root process per published port and a larger attack surface than the kernel&apos;s NAT (hairpin NAT) that replaces it.</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY rationale</extracomment>
        <translation>Der Userland-Proxy (docker-proxy) ist ein zusätzlicher root-Prozess pro veröffentlichtem Port und eine größere Angriffsfläche als das NAT des Kernels (Hairpin-NAT), das ihn ersetzt.</translation>
    </message>
    <message>
        <source>Set &quot;userland-proxy&quot;: false in {config_file} (or start dockerd with --userland-proxy=false) and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie &quot;userland-proxy&quot;: false in {config_file} (oder starten Sie dockerd mit --userland-proxy=false) und starten Sie den Daemon neu (sudo systemctl restart docker).</translation>
    </message>
    <message>
        <source>A daemon-wide seccomp profile is applied</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE title</extracomment>
        <translation>Ein daemonweites seccomp-Profil wird angewendet</translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=seccomp with a profile other than unconfined (profile=default or builtin is Docker&apos;s default profile; a custom profile shows its name). Containers that opt out are checked by the container rules.</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE description</extracomment>
        <translation>Prüft /info SecurityOptions auf name=seccomp mit einem anderen Profil als unconfined (profile=default oder builtin ist das Standardprofil von Docker; ein eigenes Profil zeigt seinen Namen). Container, die sich davon ausnehmen, prüfen die Container-Regeln.</translation>
    </message>
    <message>
        <source>The seccomp profile blocks system calls containers do not need, many of them kernel attack surface.</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE rationale</extracomment>
        <translation>Das seccomp-Profil blockiert Systemaufrufe, die Container nicht benötigen; viele davon sind Angriffsfläche des Kernels.</translation>
    </message>
    <message>
        <source>Remove &quot;seccomp-profile&quot;: &quot;unconfined&quot; from {config_file} (or --seccomp-profile=unconfined from the command line) so the default profile applies, or set it to a custom profile that fits your workloads, and restart the daemon. The kernel must support seccomp (CONFIG_SECCOMP).</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie &quot;seccomp-profile&quot;: &quot;unconfined&quot; aus {config_file} (oder --seccomp-profile=unconfined aus der Befehlszeile), damit das Standardprofil gilt, oder setzen Sie es auf ein eigenes Profil, das zu Ihren Workloads passt, und starten Sie den Daemon neu. Der Kernel muss seccomp unterstützen (CONFIG_SECCOMP).</translation>
    </message>
    <message>
        <source>Experimental features are off in production</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL title</extracomment>
        <translation>Experimentelle Funktionen sind in der Produktion abgeschaltet</translation>
    </message>
    <message>
        <source>Checks /info ExperimentalBuild, which is true when the daemon runs with --experimental (for every engine version; the reference tool skips this for engines after 19.03). Skipped on Podman, whose /info always says true.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL description</extracomment>
        <translation>Prüft /info ExperimentalBuild, das true ist, wenn der Daemon mit --experimental läuft (bei jeder Engine-Version; das Referenzwerkzeug überspringt dies bei Engines nach 19.03). Wird bei Podman übersprungen, dessen /info immer true meldet.</translation>
    </message>
    <message>
        <source>Experimental features are not stable, not fully reviewed and may change or disappear.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL rationale</extracomment>
        <translation>Experimentelle Funktionen sind nicht stabil, nicht vollständig geprüft und können sich ändern oder wegfallen.</translation>
    </message>
    <message>
        <source>Remove &quot;experimental&quot;: true from {config_file} (or --experimental from the command line) and restart the daemon.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie &quot;experimental&quot;: true aus {config_file} (oder --experimental aus der Befehlszeile) und starten Sie den Daemon neu.</translation>
    </message>
    <message>
        <source>The docker.service unit file is owned by root:root</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER title</extracomment>
        <translation>Die Unit-Datei docker.service gehört root:root</translation>
    </message>
    <message>
        <source>Checks that the docker.service unit file systemd loads (systemctl show -p FragmentPath, else /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system) is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER description</extracomment>
        <translation>Prüft, dass die Unit-Datei docker.service, die systemd lädt (systemctl show -p FragmentPath, sonst /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system), dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört.</translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; whoever can change it changes how the daemon runs as root.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER rationale</extracomment>
        <translation>Die Unit-Datei legt die Befehlszeile des Daemons fest; wer sie ändern kann, ändert, wie der Daemon als root läuft.</translation>
    </message>
    <message>
        <source>sudo chown root:root {value}</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chown root:root {value}</translation>
    </message>
    <message>
        <source>The docker.service unit file&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE title</extracomment>
        <translation>Die Unit-Datei docker.service hat den Modus 644 oder restriktiver</translation>
    </message>
    <message>
        <source>Checks that the docker.service unit file systemd loads has no permission bit outside 0644.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE description</extracomment>
        <translation>Prüft, dass die Unit-Datei docker.service, die systemd lädt, kein Berechtigungsbit außerhalb von 0644 hat.</translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; it must be writable by root alone.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE rationale</extracomment>
        <translation>Die Unit-Datei legt die Befehlszeile des Daemons fest; nur root darf sie schreiben können.</translation>
    </message>
    <message>
        <source>sudo chmod 644 {value}</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 644 {value}</translation>
    </message>
    <message>
        <source>The docker.socket unit file is owned by root:root</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER title</extracomment>
        <translation>Die Unit-Datei docker.socket gehört root:root</translation>
    </message>
    <message>
        <source>Checks that the docker.socket unit file systemd loads is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER description</extracomment>
        <translation>Prüft, dass die Unit-Datei docker.socket, die systemd lädt, dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört.</translation>
    </message>
    <message>
        <source>The socket unit decides where the daemon&apos;s socket is and who may use it.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER rationale</extracomment>
        <translation>Die Socket-Unit bestimmt, wo der Socket des Daemons liegt und wer ihn nutzen darf.</translation>
    </message>
    <message>
        <source>The docker.socket unit file&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE title</extracomment>
        <translation>Die Unit-Datei docker.socket hat den Modus 644 oder restriktiver</translation>
    </message>
    <message>
        <source>Checks that the docker.socket unit file systemd loads has no permission bit outside 0644.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE description</extracomment>
        <translation>Prüft, dass die Unit-Datei docker.socket, die systemd lädt, kein Berechtigungsbit außerhalb von 0644 hat.</translation>
    </message>
    <message>
        <source>The socket unit decides where the daemon&apos;s socket is and who may use it; it must be writable by root alone.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE rationale</extracomment>
        <translation>Die Socket-Unit bestimmt, wo der Socket des Daemons liegt und wer ihn nutzen darf; nur root darf sie schreiben können.</translation>
    </message>
    <message>
        <source>/etc/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER title</extracomment>
        <translation>/etc/docker gehört root:root</translation>
    </message>
    <message>
        <source>Checks that the /etc/docker directory is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER description</extracomment>
        <translation>Prüft, dass das Verzeichnis /etc/docker dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört.</translation>
    </message>
    <message>
        <source>/etc/docker holds daemon.json, TLS keys and registry certificates; its owner can replace any of them.</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER rationale</extracomment>
        <translation>/etc/docker enthält daemon.json, TLS-Schlüssel und Registry-Zertifikate; sein Eigentümer kann jede dieser Dateien ersetzen.</translation>
    </message>
    <message>
        <source>/etc/docker&apos;s mode is 755 or more restrictive</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE title</extracomment>
        <translation>/etc/docker hat den Modus 755 oder restriktiver</translation>
    </message>
    <message>
        <source>Checks that the /etc/docker directory has no permission bit outside 0755.</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE description</extracomment>
        <translation>Prüft, dass das Verzeichnis /etc/docker kein Berechtigungsbit außerhalb von 0755 hat.</translation>
    </message>
    <message>
        <source>A group- or world-writable /etc/docker lets other users replace the daemon&apos;s configuration and keys.</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE rationale</extracomment>
        <translation>Ist /etc/docker für die Gruppe oder für alle schreibbar, können andere Benutzer die Konfiguration und die Schlüssel des Daemons ersetzen.</translation>
    </message>
    <message>
        <source>sudo chmod 755 {value}</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 755 {value}</translation>
    </message>
    <message>
        <source>Registry certificate files are owned by root:root</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER title</extracomment>
        <translation>Registry-Zertifikatsdateien gehören root:root</translation>
    </message>
    <message>
        <source>Checks that every *.crt, *.cert and *.key file under /etc/docker/certs.d (the reference tool looks at *.crt only and ignores the group) is owned by root:root.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER description</extracomment>
        <translation>Prüft, dass jede *.crt-, *.cert- und *.key-Datei unter /etc/docker/certs.d root:root gehört (das Referenzwerkzeug betrachtet nur *.crt und ignoriert die Gruppe).</translation>
    </message>
    <message>
        <source>The certificates decide which registries the daemon trusts and which client keys it presents; whoever owns them can swap them.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER rationale</extracomment>
        <translation>Die Zertifikate bestimmen, welchen Registries der Daemon vertraut und welche Client-Schlüssel er vorweist; wem sie gehören, der kann sie austauschen.</translation>
    </message>
    <message>
        <source>Registry certificate files&apos; mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE title</extracomment>
        <translation>Registry-Zertifikatsdateien haben den Modus 444 oder restriktiver</translation>
    </message>
    <message>
        <source>Checks every *.crt and *.cert file under /etc/docker/certs.d against 0444, and every *.key file against 0400 (a key must not be readable by others), as bit masks.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE description</extracomment>
        <translation>Prüft jede *.crt- und *.cert-Datei unter /etc/docker/certs.d gegen 0444 und jede *.key-Datei gegen 0400 (ein Schlüssel darf für andere nicht lesbar sein), jeweils als Bitmaske.</translation>
    </message>
    <message>
        <source>Writable certificates let other users make the daemon trust a registry they control; readable keys let them impersonate this host.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE rationale</extracomment>
        <translation>Schreibbare Zertifikate erlauben anderen Benutzern, den Daemon einer von ihnen kontrollierten Registry vertrauen zu lassen; lesbare Schlüssel erlauben ihnen, sich als dieser Host auszugeben.</translation>
    </message>
    <message>
        <source>Make the certificates read-only and the keys readable by root alone: sudo chmod 444 on each *.crt and *.cert file and sudo chmod 400 on each *.key file among {value}</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Machen Sie die Zertifikate schreibgeschützt und die Schlüssel nur für root lesbar: sudo chmod 444 auf jede *.crt- und *.cert-Datei und sudo chmod 400 auf jede *.key-Datei unter {value}</translation>
    </message>
    <message>
        <source>The TLS CA certificate file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-CA-OWNER title</extracomment>
        <translation>Die TLS-CA-Zertifikatsdatei gehört root:root</translation>
    </message>
    <message>
        <source>Whoever can replace the CA certificate decides which clients the daemon accepts.</source>
        <extracomment>HC-FILES-TLS-CA-OWNER rationale</extracomment>
        <translation>Wer das CA-Zertifikat ersetzen kann, bestimmt, welche Clients der Daemon akzeptiert.</translation>
    </message>
    <message>
        <source>The TLS CA certificate file&apos;s mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-TLS-CA-MODE title</extracomment>
        <translation>Die TLS-CA-Zertifikatsdatei hat den Modus 444 oder restriktiver</translation>
    </message>
    <message>
        <source>A writable CA certificate lets another user make the daemon accept their own client certificates.</source>
        <extracomment>HC-FILES-TLS-CA-MODE rationale</extracomment>
        <translation>Ein schreibbares CA-Zertifikat erlaubt einem anderen Benutzer, den Daemon eigene Client-Zertifikate akzeptieren zu lassen.</translation>
    </message>
    <message>
        <source>sudo chmod 444 {value}</source>
        <extracomment>HC-FILES-TLS-CA-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 444 {value}</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER title</extracomment>
        <translation>Die TLS-Zertifikatsdatei des Daemons gehört root:root</translation>
    </message>
    <message>
        <source>Whoever can replace the server certificate can make clients talk to an impostor.</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER rationale</extracomment>
        <translation>Wer das Serverzertifikat ersetzen kann, kann Clients mit einem Betrüger sprechen lassen.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate file&apos;s mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-TLS-CERT-MODE title</extracomment>
        <translation>Die TLS-Zertifikatsdatei des Daemons hat den Modus 444 oder restriktiver</translation>
    </message>
    <message>
        <source>A writable server certificate can be swapped for another.</source>
        <extracomment>HC-FILES-TLS-CERT-MODE rationale</extracomment>
        <translation>Ein schreibbares Serverzertifikat kann gegen ein anderes ausgetauscht werden.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS key file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER title</extracomment>
        <translation>Die TLS-Schlüsseldatei des Daemons gehört root:root</translation>
    </message>
    <message>
        <source>Whoever holds the daemon&apos;s private key can impersonate the daemon to every client.</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER rationale</extracomment>
        <translation>Wer den privaten Schlüssel des Daemons besitzt, kann sich gegenüber jedem Client als der Daemon ausgeben.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS key file&apos;s mode is 400</source>
        <extracomment>HC-FILES-TLS-KEY-MODE title</extracomment>
        <translation>Die TLS-Schlüsseldatei des Daemons hat den Modus 400</translation>
    </message>
    <message>
        <source>Checks the daemon&apos;s private key, which must have mode 0400 exactly. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-KEY-MODE description</extracomment>
        <translation>Prüft den privaten Schlüssel des Daemons, der genau den Modus 0400 haben muss. Wird übersprungen, wenn der Daemon kein TLS verwendet.</translation>
    </message>
    <message>
        <source>A private key readable by other users lets them impersonate the daemon.</source>
        <extracomment>HC-FILES-TLS-KEY-MODE rationale</extracomment>
        <translation>Ein für andere Benutzer lesbarer privater Schlüssel erlaubt ihnen, sich als der Daemon auszugeben.</translation>
    </message>
    <message>
        <source>sudo chmod 400 {value}</source>
        <extracomment>HC-FILES-TLS-KEY-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 400 {value}</translation>
    </message>
    <message>
        <source>The Docker socket is owned by root:docker</source>
        <extracomment>HC-FILES-SOCKET-OWNER title</extracomment>
        <translation>Der Docker-Socket gehört root:docker</translation>
    </message>
    <message>
        <source>Checks the owner of the socket the daemon really listens on (this scan&apos;s socket, else the daemon&apos;s -H unix:// or the docker.socket ListenStream; the reference tool only looks at /var/run/docker.sock). The group must be the daemon&apos;s socket group (--group, default docker) or root; a rootless daemon&apos;s socket belongs to its user.</source>
        <extracomment>HC-FILES-SOCKET-OWNER description</extracomment>
        <translation>Prüft den Eigentümer des Sockets, auf dem der Daemon tatsächlich lauscht (der Socket dieser Prüfung, sonst -H unix:// des Daemons oder ListenStream von docker.socket; das Referenzwerkzeug betrachtet nur /var/run/docker.sock). Die Gruppe muss die Socket-Gruppe des Daemons (--group, Standard docker) oder root sein; der Socket eines Rootless-Daemons gehört dessen Benutzer.</translation>
    </message>
    <message>
        <source>The socket is root on the host: its owner and group decide who gets that.</source>
        <extracomment>HC-FILES-SOCKET-OWNER rationale</extracomment>
        <translation>Der Socket bedeutet Root-Rechte auf dem Host: Eigentümer und Gruppe bestimmen, wer diese erhält.</translation>
    </message>
    <message>
        <source>sudo chown root:docker {value} (the daemon recreates the socket at start: set its group with &quot;group&quot; in {config_file} or SocketGroup in docker.socket)</source>
        <extracomment>HC-FILES-SOCKET-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chown root:docker {value} (der Daemon legt den Socket beim Start neu an: Setzen Sie seine Gruppe mit „group“ in {config_file} oder mit SocketGroup in docker.socket)</translation>
    </message>
    <message>
        <source>The Docker socket&apos;s mode is 660 or more restrictive</source>
        <extracomment>HC-FILES-SOCKET-MODE title</extracomment>
        <translation>Der Docker-Socket hat den Modus 660 oder restriktiver</translation>
    </message>
    <message>
        <source>Checks the mode of the socket the daemon really listens on, against 0660 as a bit mask (0606, which the reference tool passes, fails).</source>
        <extracomment>HC-FILES-SOCKET-MODE description</extracomment>
        <translation>Prüft den Modus des Sockets, auf dem der Daemon tatsächlich lauscht, gegen 0660 als Bitmaske (0606, das beim Referenzwerkzeug besteht, schlägt fehl).</translation>
    </message>
    <message>
        <source>A socket others can write to gives every local user root on the host.</source>
        <extracomment>HC-FILES-SOCKET-MODE rationale</extracomment>
        <translation>Ein Socket, auf den andere schreiben können, gibt jedem lokalen Benutzer Root-Rechte auf dem Host.</translation>
    </message>
    <message>
        <source>sudo chmod 660 {value} (the daemon recreates the socket at start: set SocketMode=0660 in docker.socket)</source>
        <extracomment>HC-FILES-SOCKET-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 660 {value} (der Daemon legt den Socket beim Start neu an: Setzen Sie SocketMode=0660 in docker.socket)</translation>
    </message>
    <message>
        <source>daemon.json is owned by root:root</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER title</extracomment>
        <translation>daemon.json gehört root:root</translation>
    </message>
    <message>
        <source>daemon.json holds the daemon&apos;s security settings; its owner can weaken all of them.</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER rationale</extracomment>
        <translation>daemon.json enthält die Sicherheitseinstellungen des Daemons; ihr Eigentümer kann sie alle abschwächen.</translation>
    </message>
    <message>
        <source>daemon.json&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE title</extracomment>
        <translation>daemon.json hat den Modus 644 oder restriktiver</translation>
    </message>
    <message>
        <source>A daemon.json writable by other users lets them change the daemon&apos;s settings.</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE rationale</extracomment>
        <translation>Ist daemon.json für andere Benutzer schreibbar, können diese die Einstellungen des Daemons ändern.</translation>
    </message>
    <message>
        <source>/etc/default/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-OWNER title</extracomment>
        <translation>/etc/default/docker gehört root:root</translation>
    </message>
    <message>
        <source>/etc/default/docker&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE title</extracomment>
        <translation>/etc/default/docker hat den Modus 644 oder restriktiver</translation>
    </message>
    <message>
        <source>The file can add flags to the daemon&apos;s command line; it must be writable by root alone.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE rationale</extracomment>
        <translation>Die Datei kann der Befehlszeile des Daemons Flags hinzufügen; nur root darf sie schreiben können.</translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-MODE title</extracomment>
        <translation>/etc/sysconfig/docker hat den Modus 644 oder restriktiver</translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-OWNER title</extracomment>
        <translation>/etc/sysconfig/docker gehört root:root</translation>
    </message>
    <message>
        <source>The containerd socket is owned by root:root</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER title</extracomment>
        <translation>Der containerd-Socket gehört root:root</translation>
    </message>
    <message>
        <source>The containerd socket gives full control of every container, as the Docker socket does, with no group meant to use it.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER rationale</extracomment>
        <translation>Der containerd-Socket gibt volle Kontrolle über jeden Container, genau wie der Docker-Socket, und keine Gruppe ist für seine Nutzung vorgesehen.</translation>
    </message>
    <message>
        <source>sudo chown root:root {value} (containerd recreates its socket at start: set [grpc] uid and gid in /etc/containerd/config.toml)</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chown root:root {value} (containerd legt seinen Socket beim Start neu an: Setzen Sie uid und gid unter [grpc] in /etc/containerd/config.toml)</translation>
    </message>
    <message>
        <source>The containerd socket&apos;s mode is 660 or more restrictive</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE title</extracomment>
        <translation>Der containerd-Socket hat den Modus 660 oder restriktiver</translation>
    </message>
    <message>
        <source>A containerd socket others can write to gives every local user root on the host.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE rationale</extracomment>
        <translation>Ein containerd-Socket, auf den andere schreiben können, gibt jedem lokalen Benutzer Root-Rechte auf dem Host.</translation>
    </message>
    <message>
        <source>sudo chmod 660 {value}</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 660 {value}</translation>
    </message>
    <message>
        <source>Containers run as a non-root user</source>
        <extracomment>HC-CONTAINER-ROOT-USER title</extracomment>
        <translation>Container laufen als Nicht-root-Benutzer</translation>
    </message>
    <message>
        <source>The user each container runs as: Config.User of the container, or of its image when the container sets none. Empty, &quot;0&quot;, &quot;root&quot; and any &quot;0:&lt;gid&gt;&quot; or &quot;root:&lt;group&gt;&quot; mean root (&quot;--user 0:0&quot; is root, which the reference tool misses). &quot;1000&quot;, &quot;app&quot; and &quot;1000:0&quot; are not root. Containers in every state are checked.</source>
        <extracomment>HC-CONTAINER-ROOT-USER description</extracomment>
        <translation>Der Benutzer, als der jeder Container läuft: Config.User des Containers oder, wenn der Container keinen setzt, seines Images. Leer, „0“, „root“ sowie jedes „0:&lt;gid&gt;“ oder „root:&lt;group&gt;“ bedeuten root („--user 0:0“ ist root, was das Referenzwerkzeug übersieht). „1000“, „app“ und „1000:0“ sind nicht root. Container in jedem Zustand werden geprüft.</translation>
    </message>
    <message>
        <source>A process that runs as root in a container is root on the host as soon as it escapes the container&apos;s isolation (a kernel or runtime bug, a mounted socket, a dangerous capability). A non-root user turns many escapes into harmless failures. With user namespaces or rootless mode root is mapped to an unprivileged host user, which is reported as a warning instead.</source>
        <extracomment>HC-CONTAINER-ROOT-USER rationale</extracomment>
        <translation>Ein Prozess, der in einem Container als root läuft, ist root auf dem Host, sobald er aus der Isolation des Containers ausbricht (ein Kernel- oder Runtime-Fehler, ein eingehängter Socket, eine gefährliche Capability). Ein Nicht-root-Benutzer macht viele Ausbrüche zu harmlosen Fehlschlägen. Mit User-Namespaces oder im Rootless-Modus wird root auf einen unprivilegierten Host-Benutzer abgebildet; das wird stattdessen als Warnung gemeldet.</translation>
    </message>
    <message>
        <source>Add a USER instruction with a numeric, unprivileged UID (for example &quot;USER 10001:10001&quot;) to the Dockerfile of {image} and rebuild it, or recreate {name} with &quot;docker run --user 10001:10001 ...&quot; (the current user is {value}). Make the files the process writes owned by that user.</source>
        <extracomment>HC-CONTAINER-ROOT-USER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fügen Sie dem Dockerfile von {image} eine USER-Anweisung mit einer numerischen, unprivilegierten UID hinzu (zum Beispiel „USER 10001:10001“) und bauen Sie es neu, oder erstellen Sie {name} mit „docker run --user 10001:10001 ...“ neu (der aktuelle Benutzer ist {value}). Sorgen Sie dafür, dass die Dateien, die der Prozess schreibt, diesem Benutzer gehören.</translation>
    </message>
    <message>
        <source>Images come only from trusted registries</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY title</extracomment>
        <translation>Images stammen nur aus vertrauenswürdigen Registries</translation>
    </message>
    <message>
        <source>The registries an image was pulled from (its RepoDigests) against the policy&apos;s trustedRegistries. With no allow-list in the policy, the registries are listed for review (info). Images that were built locally or loaded have no registry digest; where their base image came from cannot be seen through the API (info).</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY description</extracomment>
        <translation>Die Registries, aus denen ein Image bezogen wurde (seine RepoDigests), verglichen mit trustedRegistries der Richtlinie. Enthält die Richtlinie keine Positivliste, werden die Registries zur Prüfung aufgeführt (Info). Lokal gebaute oder geladene Images haben keinen Registry-Digest; woher ihr Basis-Image stammt, ist über die API nicht erkennbar (Info).</translation>
    </message>
    <message>
        <source>An image from an unknown registry or publisher can carry malware or backdoors that run with the container&apos;s privileges. Restricting pulls to registries the organisation trusts is the first control on what runs.</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY rationale</extracomment>
        <translation>Ein Image aus einer unbekannten Registry oder von einem unbekannten Herausgeber kann Malware oder Hintertüren enthalten, die mit den Privilegien des Containers laufen. Pulls auf Registries zu beschränken, denen die Organisation vertraut, ist die erste Kontrolle darüber, was ausgeführt wird.</translation>
    </message>
    <message>
        <source>Pull {name} from a registry listed in the policy (trustedRegistries), for example a mirror that scans and signs what it serves, or add {value} to trustedRegistries if it is trusted. Remove the image with &quot;docker image rm {short_id}&quot; once nothing uses it.</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Beziehen Sie {name} aus einer in der Richtlinie aufgeführten Registry (trustedRegistries), zum Beispiel aus einem Mirror, der ausgelieferte Inhalte prüft und signiert, oder fügen Sie {value} zu trustedRegistries hinzu, falls sie vertrauenswürdig ist. Entfernen Sie das Image mit „docker image rm {short_id}“, sobald es nicht mehr verwendet wird.</translation>
    </message>
    <message>
        <source>Images carry no compilers or build tools</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS title</extracomment>
        <translation>Images enthalten keine Compiler oder Build-Werkzeuge</translation>
    </message>
    <message>
        <source>The image history (GET /images/{id}/history) parsed for package installs of compilers and build tools (build-essential, gcc, make, cmake, golang, maven, ...) that no later step removes, and for compiler runs (make, go build, cargo build, mvn, ...) in steps that do not clean up afterwards. The full package list needs a software bill of materials; this is the part the API shows.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS description</extracomment>
        <translation>Die Image-Historie (GET /images/{id}/history), ausgewertet auf Paketinstallationen von Compilern und Build-Werkzeugen (build-essential, gcc, make, cmake, golang, maven, ...), die kein späterer Schritt entfernt, und auf Compiler-Aufrufe (make, go build, cargo build, mvn, ...) in Schritten, die danach nicht aufräumen. Die vollständige Paketliste erfordert eine Software-Stückliste (SBOM); dies ist der Teil, den die API zeigt.</translation>
    </message>
    <message>
        <source>Every package in an image is attack surface and a source of vulnerability reports. Compilers in particular let an intruder build tools inside the container. A multi-stage build keeps the toolchain in the build stage and ships only the result.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS rationale</extracomment>
        <translation>Jedes Paket in einem Image ist Angriffsfläche und eine Quelle von Schwachstellenmeldungen. Insbesondere Compiler erlauben es einem Eindringling, im Container Werkzeuge zu bauen. Ein Multi-Stage-Build belässt die Toolchain in der Build-Stufe und liefert nur das Ergebnis aus.</translation>
    </message>
    <message>
        <source>Rebuild {name} with a multi-stage Dockerfile: compile in a &quot;FROM ... AS build&quot; stage and &quot;COPY --from=build&quot; only the artifacts into a minimal final stage, so {value} stay out of the final image. If tools must be installed, remove them in the same RUN instruction.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Bauen Sie {name} mit einem Multi-Stage-Dockerfile neu: Kompilieren Sie in einer Stufe „FROM ... AS build“ und übernehmen Sie mit „COPY --from=build“ nur die Artefakte in eine minimale letzte Stufe, sodass {value} nicht im endgültigen Image landen. Müssen Werkzeuge installiert werden, entfernen Sie sie in derselben RUN-Anweisung.</translation>
    </message>
    <message>
        <source>Images are rebuilt regularly to include security fixes</source>
        <extracomment>HC-IMAGE-AGE title</extracomment>
        <translation>Images werden regelmäßig neu gebaut, um Sicherheitskorrekturen aufzunehmen</translation>
    </message>
    <message>
        <source>The image&apos;s creation time against the time of the scan, with the policy&apos;s maxImageAgeDays (365 by default) as the limit. Images with a fixed reproducible-build timestamp (1970) are skipped: their age is unknown. Whether an image has known vulnerabilities needs a scanner; age shows which images have certainly not received the fixes published since they were built.</source>
        <extracomment>HC-IMAGE-AGE description</extracomment>
        <translation>Der Erstellungszeitpunkt des Images verglichen mit dem Zeitpunkt der Prüfung, mit maxImageAgeDays der Richtlinie (standardmäßig 365) als Grenze. Images mit festem Zeitstempel für reproduzierbare Builds (1970) werden übersprungen: Ihr Alter ist unbekannt. Ob ein Image bekannte Schwachstellen hat, ermittelt nur ein Scanner; das Alter zeigt, welche Images die seit ihrem Bau veröffentlichten Korrekturen mit Sicherheit nicht erhalten haben.</translation>
    </message>
    <message>
        <source>An image is a frozen set of packages. Security fixes reach a container only when its image is rebuilt from an updated base and the container is recreated.</source>
        <extracomment>HC-IMAGE-AGE rationale</extracomment>
        <translation>Ein Image ist ein eingefrorener Satz von Paketen. Sicherheitskorrekturen erreichen einen Container erst, wenn sein Image auf einer aktualisierten Basis neu gebaut und der Container neu erstellt wird.</translation>
    </message>
    <message>
        <source>Rebuild {name} from an updated base image (&quot;docker build --pull --no-cache ...&quot;), scan it (for example with Trivy or Docker Scout), push it and recreate the containers that use it. It is {value} days old.</source>
        <extracomment>HC-IMAGE-AGE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Bauen Sie {name} auf einem aktualisierten Basis-Image neu („docker build --pull --no-cache ...“), scannen Sie es (zum Beispiel mit Trivy oder Docker Scout), pushen Sie es und erstellen Sie die Container, die es verwenden, neu. Es ist {value} Tage alt.</translation>
    </message>
    <message>
        <source>Content trust is enabled for Docker clients</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST title</extracomment>
        <translation>Content Trust ist für Docker-Clients aktiviert</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is an environment variable of the docker client: each user&apos;s CLI reads it when it pulls, pushes or runs images. The daemon neither enforces it nor reports it, so this is reported once per daemon as information. (The reference tool tests the environment of the shell it runs in, which says nothing about the daemon&apos;s users.)</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST description</extracomment>
        <translation>DOCKER_CONTENT_TRUST ist eine Umgebungsvariable des docker-Clients: Die CLI jedes Benutzers liest sie, wenn sie Images bezieht, hochlädt oder ausführt. Der Daemon erzwingt sie weder, noch meldet er sie, daher wird dies einmal pro Daemon als Information gemeldet. (Das Referenzwerkzeug testet die Umgebung der Shell, in der es läuft, was nichts über die Benutzer des Daemons aussagt.)</translation>
    </message>
    <message>
        <source>With content trust the client only pulls signed images, which protects against tampered or replayed tags.</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST rationale</extracomment>
        <translation>Mit Content Trust bezieht der Client nur signierte Images, was vor manipulierten oder wiederverwendeten Tags schützt.</translation>
    </message>
    <message>
        <source>Set &quot;export DOCKER_CONTENT_TRUST=1&quot; in the environment of every user and CI job that pulls or runs images on {name}, sign the images you publish (&quot;docker trust sign&quot;), and prefer digests over tags.</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie „export DOCKER_CONTENT_TRUST=1“ in der Umgebung jedes Benutzers und jedes CI-Jobs, der auf {name} Images bezieht oder ausführt, signieren Sie die Images, die Sie veröffentlichen („docker trust sign“), und bevorzugen Sie Digests gegenüber Tags.</translation>
    </message>
    <message>
        <source>Images define a HEALTHCHECK</source>
        <extracomment>HC-IMAGE-HEALTHCHECK title</extracomment>
        <translation>Images definieren einen HEALTHCHECK</translation>
    </message>
    <message>
        <source>Config.Healthcheck of the image. A healthcheck whose test is NONE (HEALTHCHECK NONE) counts as none.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK description</extracomment>
        <translation>Config.Healthcheck des Images. Ein Healthcheck, dessen Test NONE ist (HEALTHCHECK NONE), zählt als keiner.</translation>
    </message>
    <message>
        <source>Without a healthcheck, Docker only knows whether the main process exists, not whether it works. A healthcheck lets the engine, orchestrators and monitoring notice a hung or broken service.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK rationale</extracomment>
        <translation>Ohne Healthcheck weiß Docker nur, ob der Hauptprozess existiert, nicht, ob er funktioniert. Ein Healthcheck lässt Engine, Orchestratoren und Monitoring einen hängenden oder defekten Dienst erkennen.</translation>
    </message>
    <message>
        <source>Add a HEALTHCHECK instruction to the Dockerfile of {name} that tests the service itself, for example &quot;HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1&quot;, and rebuild.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fügen Sie dem Dockerfile von {name} eine HEALTHCHECK-Anweisung hinzu, die den Dienst selbst testet, zum Beispiel „HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1“, und bauen Sie neu.</translation>
    </message>
    <message>
        <source>Package index updates are not used alone in a build step</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE title</extracomment>
        <translation>Aktualisierungen des Paketindex stehen nicht allein in einem Build-Schritt</translation>
    </message>
    <message>
        <source>The image history parsed command by command: a RUN step that updates a package index (apt-get update, apt update, apk update, yum/dnf update or makecache, zypper refresh) without installing or upgrading in the same step. A mere occurrence of the word &quot;update&quot; (update-ca-certificates, pip install --upgrade) does not count.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE description</extracomment>
        <translation>Die Image-Historie, Befehl für Befehl ausgewertet: ein RUN-Schritt, der einen Paketindex aktualisiert (apt-get update, apt update, apk update, yum/dnf update oder makecache, zypper refresh), ohne im selben Schritt zu installieren oder zu aktualisieren. Das bloße Vorkommen des Wortes „update“ (update-ca-certificates, pip install --upgrade) zählt nicht.</translation>
    </message>
    <message>
        <source>A step that only updates the index is cached as its own layer. Later builds reuse the cached, stale index, so the packages installed by later steps can be outdated.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE rationale</extracomment>
        <translation>Ein Schritt, der nur den Index aktualisiert, wird als eigener Layer zwischengespeichert. Spätere Builds verwenden den zwischengespeicherten, veralteten Index wieder, sodass die von späteren Schritten installierten Pakete veraltet sein können.</translation>
    </message>
    <message>
        <source>In the Dockerfile of {name}, join the update with the install in one RUN instruction, for example &quot;RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends pkg &amp;&amp; rm -rf /var/lib/apt/lists/*&quot;, and rebuild. Found: {value}.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fassen Sie im Dockerfile von {name} die Aktualisierung und die Installation in einer RUN-Anweisung zusammen, zum Beispiel „RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends pkg &amp;&amp; rm -rf /var/lib/apt/lists/*“, und bauen Sie neu. Gefunden: {value}.</translation>
    </message>
    <message>
        <source>setuid and setgid permissions are removed from images</source>
        <extracomment>HC-IMAGE-SETUID title</extracomment>
        <translation>setuid- und setgid-Berechtigungen sind aus Images entfernt</translation>
    </message>
    <message>
        <source>Review the image&apos;s files for setuid and setgid binaries. The Engine API does not list file modes; it needs the image&apos;s filesystem (docker save, or a scanner that lists them).</source>
        <extracomment>HC-IMAGE-SETUID description</extracomment>
        <translation>Prüfen Sie die Dateien des Images auf setuid- und setgid-Binärdateien. Die Engine-API listet keine Dateimodi auf; dafür ist das Dateisystem des Images nötig (docker save oder ein Scanner, der sie auflistet).</translation>
    </message>
    <message>
        <source>setuid and setgid binaries let an unprivileged user in the container gain the owner&apos;s privileges, often root.</source>
        <extracomment>HC-IMAGE-SETUID rationale</extracomment>
        <translation>setuid- und setgid-Binärdateien erlauben einem unprivilegierten Benutzer im Container, die Privilegien des Eigentümers zu erlangen, oft root.</translation>
    </message>
    <message>
        <source>List them with &quot;docker run --rm --entrypoint find {name} / -xdev -perm /6000 -type f&quot; and remove the bits that are not needed in the Dockerfile (&quot;RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +&quot;), or run containers with --security-opt no-new-privileges.</source>
        <extracomment>HC-IMAGE-SETUID remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Listen Sie sie mit „docker run --rm --entrypoint find {name} / -xdev -perm /6000 -type f“ auf und entfernen Sie im Dockerfile die nicht benötigten Bits („RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +“), oder betreiben Sie Container mit --security-opt no-new-privileges.</translation>
    </message>
    <message>
        <source>COPY is used instead of ADD</source>
        <extracomment>HC-IMAGE-ADD title</extracomment>
        <translation>COPY wird statt ADD verwendet</translation>
    </message>
    <message>
        <source>ADD instructions in the image history, except the base image&apos;s root filesystem (the oldest step, &quot;ADD file:... in /&quot;). The evidence names the kind of source (local files or remote URL) and the destination, not the URL.</source>
        <extracomment>HC-IMAGE-ADD description</extracomment>
        <translation>ADD-Anweisungen in der Image-Historie, ausgenommen das Root-Dateisystem des Basis-Images (der älteste Schritt, „ADD file:... in /“). Der Nachweis nennt die Art der Quelle (lokale Dateien oder entfernte URL) und das Ziel, nicht die URL.</translation>
    </message>
    <message>
        <source>ADD fetches remote URLs without verification and unpacks local archives implicitly, which can bring unexpected files into the image. COPY only copies.</source>
        <extracomment>HC-IMAGE-ADD rationale</extracomment>
        <translation>ADD lädt entfernte URLs ohne Überprüfung herunter und entpackt lokale Archive implizit, was unerwartete Dateien ins Image bringen kann. COPY kopiert nur.</translation>
    </message>
    <message>
        <source>In the Dockerfile of {name}, replace ADD by COPY (destination {value}); download remote files with a verified checksum in a RUN step or a build stage, and unpack archives explicitly.</source>
        <extracomment>HC-IMAGE-ADD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ersetzen Sie im Dockerfile von {name} ADD durch COPY (Ziel {value}); laden Sie entfernte Dateien mit geprüfter Prüfsumme in einem RUN-Schritt oder einer Build-Stufe herunter und entpacken Sie Archive explizit.</translation>
    </message>
    <message>
        <source>Images hold no secrets</source>
        <extracomment>HC-IMAGE-SECRETS title</extracomment>
        <translation>Images enthalten keine Secrets</translation>
    </message>
    <message>
        <source>Secret-looking names (PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS, ...) with a value, and secret-looking values under any name (private keys, AWS access key ids, known token formats, credentials in URLs, long random tokens), in the image&apos;s Config.Env, its labels, the ENV and ARG instructions and build arguments of its history, and its RUN commands. Names ending in _FILE or _PATH (references to secret files) are not secrets. The evidence names the key and where it is, never the value.</source>
        <extracomment>HC-IMAGE-SECRETS description</extracomment>
        <translation>Nach Secrets aussehende Namen (PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS, ...) mit einem Wert sowie nach Secrets aussehende Werte unter beliebigem Namen (private Schlüssel, AWS-Access-Key-IDs, bekannte Token-Formate, Zugangsdaten in URLs, lange zufällige Tokens) in Config.Env des Images, seinen Labels, den ENV- und ARG-Anweisungen und Build-Argumenten seiner Historie sowie seinen RUN-Befehlen. Namen, die auf _FILE oder _PATH enden (Verweise auf Secret-Dateien), sind keine Secrets. Der Nachweis nennt den Schlüssel und seinen Fundort, nie den Wert.</translation>
    </message>
    <message>
        <source>Anyone who can pull an image can read its environment and history; secrets baked into an image leak to every registry, cache and host it reaches, and cannot be rotated without rebuilding.</source>
        <extracomment>HC-IMAGE-SECRETS rationale</extracomment>
        <translation>Jeder, der ein Image beziehen kann, kann seine Umgebung und Historie lesen; in ein Image eingebaute Secrets gelangen in jede Registry, jeden Cache und auf jeden Host, den es erreicht, und lassen sich ohne Neubau nicht rotieren.</translation>
    </message>
    <message>
        <source>Remove {value} from the Dockerfile of {name}: pass secrets at build time with &quot;RUN --mount=type=secret&quot; and at run time with docker secrets, a mounted file or the orchestrator&apos;s secret store. Rebuild and push the image, delete the old tags, and rotate every secret that was in it.</source>
        <extracomment>HC-IMAGE-SECRETS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie {value} aus dem Dockerfile von {name}: Übergeben Sie Secrets zur Build-Zeit mit „RUN --mount=type=secret“ und zur Laufzeit mit Docker Secrets, einer eingehängten Datei oder dem Secret-Speicher des Orchestrators. Bauen Sie das Image neu, pushen Sie es, löschen Sie die alten Tags und rotieren Sie jedes Secret, das darin enthalten war.</translation>
    </message>
    <message>
        <source>Only verified packages are installed in images</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES title</extracomment>
        <translation>In Images werden nur verifizierte Pakete installiert</translation>
    </message>
    <message>
        <source>Review that image builds install packages only from repositories whose signatures are checked (no --allow-unauthenticated, --nogpgcheck, trusted=yes, or curl | sh without a checksum). Reviewed once per daemon because it concerns how images are built.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES description</extracomment>
        <translation>Prüfen Sie, dass Image-Builds Pakete nur aus Repositories installieren, deren Signaturen geprüft werden (kein --allow-unauthenticated, --nogpgcheck, trusted=yes oder curl | sh ohne Prüfsumme). Wird einmal pro Daemon geprüft, da es die Art betrifft, wie Images gebaut werden.</translation>
    </message>
    <message>
        <source>Unverified packages can be replaced in transit or at the source, putting attacker code into every image built from them.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES rationale</extracomment>
        <translation>Nicht verifizierte Pakete können unterwegs oder an der Quelle ausgetauscht werden und so Angreifercode in jedes daraus gebaute Image bringen.</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s signed repositories, pin and verify checksums of downloaded artifacts in the Dockerfiles of the images that run on {name}, and fail the build when verification fails.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Verwenden Sie die signierten Repositories der Distribution, pinnen und verifizieren Sie Prüfsummen heruntergeladener Artefakte in den Dockerfiles der Images, die auf {name} laufen, und lassen Sie den Build fehlschlagen, wenn die Verifizierung fehlschlägt.</translation>
    </message>
    <message>
        <source>Signed artifacts are validated</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS title</extracomment>
        <translation>Signierte Artefakte werden validiert</translation>
    </message>
    <message>
        <source>Review that signed artifacts used in image builds (packages, archives, base images) have their signatures validated before use. Reviewed once per daemon because it concerns how images are built.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS description</extracomment>
        <translation>Prüfen Sie, dass die Signaturen signierter Artefakte, die in Image-Builds verwendet werden (Pakete, Archive, Basis-Images), vor der Verwendung validiert werden. Wird einmal pro Daemon geprüft, da es die Art betrifft, wie Images gebaut werden.</translation>
    </message>
    <message>
        <source>A signature that is never checked protects nothing.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS rationale</extracomment>
        <translation>Eine Signatur, die nie geprüft wird, schützt nichts.</translation>
    </message>
    <message>
        <source>Validate signatures (gpg --verify, cosign verify, docker trust inspect) in the build pipeline of every image run on {name} and stop the build on failure.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Validieren Sie Signaturen (gpg --verify, cosign verify, docker trust inspect) in der Build-Pipeline jedes Images, das auf {name} läuft, und brechen Sie den Build bei einem Fehlschlag ab.</translation>
    </message>
    <message>
        <source>Swarm mode is not enabled unless needed</source>
        <extracomment>HC-DAEMON-SWARM-MODE title</extracomment>
        <translation>Der Swarm-Modus ist nur bei Bedarf aktiviert</translation>
    </message>
    <message>
        <source>/info Swarm.LocalNodeState. A node that is part of a swarm (active, pending, locked or in error) is reported for review; a daemon without swarm fields (Podman) passes.</source>
        <extracomment>HC-DAEMON-SWARM-MODE description</extracomment>
        <translation>/info Swarm.LocalNodeState. Ein Knoten, der Teil eines Swarms ist (active, pending, locked oder im Fehlerzustand), wird zur Prüfung gemeldet; ein Daemon ohne Swarm-Felder (Podman) besteht.</translation>
    </message>
    <message>
        <source>Swarm mode opens management and data ports (2377, 7946, 4789) and runs a raft store and a CA. When no service needs it, it is attack surface only.</source>
        <extracomment>HC-DAEMON-SWARM-MODE rationale</extracomment>
        <translation>Der Swarm-Modus öffnet Management- und Datenports (2377, 7946, 4789) und betreibt einen Raft-Speicher und eine CA. Wenn kein Dienst ihn braucht, ist er nur Angriffsfläche.</translation>
    </message>
    <message>
        <source>If {name} runs no swarm services, leave the swarm with &quot;docker swarm leave&quot; (on a manager: &quot;docker swarm leave --force&quot; after demoting it).</source>
        <extracomment>HC-DAEMON-SWARM-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Wenn {name} keine Swarm-Dienste ausführt, verlassen Sie den Swarm mit „docker swarm leave“ (auf einem Manager: „docker swarm leave --force“, nachdem Sie ihn herabgestuft haben).</translation>
    </message>
    <message>
        <source>An AppArmor profile confines the container (if applicable)</source>
        <extracomment>HC-CONTAINER-APPARMOR title</extracomment>
        <translation>Ein AppArmor-Profil schränkt den Container ein (falls zutreffend)</translation>
    </message>
    <message>
        <source>The AppArmor profile the container runs under: --security-opt apparmor=..., else the recorded AppArmorProfile, else &quot;unconfined&quot; for privileged containers and docker-default for the others. Only applicable when the daemon reports AppArmor (/info SecurityOptions name=apparmor); elsewhere the result is skip &quot;host has no AppArmor&quot; (the reference tool warns on every container of such hosts).</source>
        <extracomment>HC-CONTAINER-APPARMOR description</extracomment>
        <translation>Das AppArmor-Profil, unter dem der Container läuft: --security-opt apparmor=..., sonst das gespeicherte AppArmorProfile, sonst „unconfined“ bei privilegierten Containern und docker-default bei den übrigen. Nur zutreffend, wenn der Daemon AppArmor meldet (/info SecurityOptions name=apparmor); anderswo ist das Ergebnis „übersprungen: Host hat kein AppArmor“ (das Referenzwerkzeug warnt bei jedem Container solcher Hosts).</translation>
    </message>
    <message>
        <source>AppArmor limits what a container&apos;s processes may do with files, mounts and the kernel even when they run as root, and blocks many escape techniques.</source>
        <extracomment>HC-CONTAINER-APPARMOR rationale</extracomment>
        <translation>AppArmor begrenzt, was die Prozesse eines Containers mit Dateien, Mounts und dem Kernel tun dürfen, selbst wenn sie als root laufen, und blockiert viele Ausbruchstechniken.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--security-opt apparmor=unconfined&quot; and without --privileged, so that Docker applies docker-default, or with a profile of your own: &quot;docker run --security-opt apparmor=PROFILE ...&quot;.</source>
        <extracomment>HC-CONTAINER-APPARMOR remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--security-opt apparmor=unconfined“ und ohne --privileged neu, sodass Docker docker-default anwendet, oder mit einem eigenen Profil: „docker run --security-opt apparmor=PROFILE ...“.</translation>
    </message>
    <message>
        <source>SELinux security options are set (if applicable)</source>
        <extracomment>HC-CONTAINER-SELINUX title</extracomment>
        <translation>SELinux-Sicherheitsoptionen sind gesetzt (falls zutreffend)</translation>
    </message>
    <message>
        <source>The container&apos;s SELinux label: label options in HostConfig.SecurityOpt or the ProcessLabel Docker assigned. &quot;label=disable&quot; fails, including when Docker added it itself for --privileged, --pid=host or --ipc=host containers (the reference tool passes those, and counts any security option, such as no-new-privileges, as an SELinux option). Only applicable when the daemon runs with SELinux support (/info SecurityOptions name=selinux); elsewhere the result is skip.</source>
        <extracomment>HC-CONTAINER-SELINUX description</extracomment>
        <translation>Das SELinux-Label des Containers: label-Optionen in HostConfig.SecurityOpt oder das von Docker zugewiesene ProcessLabel. „label=disable“ schlägt fehl, auch wenn Docker es selbst für Container mit --privileged, --pid=host oder --ipc=host hinzugefügt hat (das Referenzwerkzeug lässt diese bestehen und zählt jede Sicherheitsoption, etwa no-new-privileges, als SELinux-Option). Nur zutreffend, wenn der Daemon mit SELinux-Unterstützung läuft (/info SecurityOptions name=selinux); anderswo ist das Ergebnis „übersprungen“.</translation>
    </message>
    <message>
        <source>SELinux type enforcement and MCS labels keep containers away from host files and from each other, even when a process runs as root.</source>
        <extracomment>HC-CONTAINER-SELINUX rationale</extracomment>
        <translation>SELinux Type Enforcement und MCS-Labels halten Container von Host-Dateien und voneinander fern, selbst wenn ein Prozess als root läuft.</translation>
    </message>
    <message>
        <source>Recreate {name} without --privileged, --pid=host, --ipc=host and &quot;--security-opt label=disable&quot;, so that Docker assigns a container_t label, or set one explicitly with &quot;--security-opt label=type:TYPE&quot;.</source>
        <extracomment>HC-CONTAINER-SELINUX remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne --privileged, --pid=host, --ipc=host und „--security-opt label=disable“ neu, sodass Docker ein Label container_t zuweist, oder setzen Sie eines explizit mit „--security-opt label=type:TYPE“.</translation>
    </message>
    <message>
        <source>Linux capabilities are restricted</source>
        <extracomment>HC-CONTAINER-CAPABILITIES title</extracomment>
        <translation>Linux-Capabilities sind eingeschränkt</translation>
    </message>
    <message>
        <source>HostConfig.CapAdd against Docker&apos;s default set, HostConfig.CapDrop, and Privileged (which grants every capability). Added dangerous capabilities (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, ALL) or a privileged container fail; other capabilities beyond the default set warn; &quot;--cap-drop ALL&quot; is reported as the good state, and keeping the whole default set as information.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES description</extracomment>
        <translation>HostConfig.CapAdd verglichen mit Dockers Standardsatz, HostConfig.CapDrop und Privileged (das jede Capability gewährt). Hinzugefügte gefährliche Capabilities (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, ALL) oder ein privilegierter Container schlagen fehl; weitere Capabilities über den Standardsatz hinaus ergeben eine Warnung; „--cap-drop ALL“ wird als guter Zustand gemeldet, das Beibehalten des gesamten Standardsatzes als Information.</translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power. SYS_ADMIN, SYS_MODULE or SYS_PTRACE alone are enough to leave most containers; every capability the process does not need is attack surface.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES rationale</extracomment>
        <translation>Capabilities teilen die Macht von root auf. SYS_ADMIN, SYS_MODULE oder SYS_PTRACE allein reichen aus, um die meisten Container zu verlassen; jede Capability, die der Prozess nicht braucht, ist Angriffsfläche.</translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--cap-drop ALL&quot; and add back only what the process needs (for example &quot;--cap-add NET_BIND_SERVICE&quot;); remove &quot;--cap-add {value}&quot; and --privileged.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} mit „--cap-drop ALL“ neu und fügen Sie nur hinzu, was der Prozess braucht (zum Beispiel „--cap-add NET_BIND_SERVICE“); entfernen Sie „--cap-add {value}“ und --privileged.</translation>
    </message>
    <message>
        <source>Privileged containers are not used</source>
        <extracomment>HC-CONTAINER-PRIVILEGED title</extracomment>
        <translation>Privilegierte Container werden nicht verwendet</translation>
    </message>
    <message>
        <source>HostConfig.Privileged, for containers in every state.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED description</extracomment>
        <translation>HostConfig.Privileged, für Container in jedem Zustand.</translation>
    </message>
    <message>
        <source>A privileged container has every capability, every host device, no seccomp, AppArmor or SELinux confinement: root in it is root on the host.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED rationale</extracomment>
        <translation>Ein privilegierter Container hat jede Capability, jedes Host-Gerät und keine Einschränkung durch seccomp, AppArmor oder SELinux: root darin ist root auf dem Host.</translation>
    </message>
    <message>
        <source>Recreate {name} without --privileged. Grant only the specific capabilities (&quot;--cap-add ...&quot;) and devices (&quot;--device /dev/...&quot;) the workload needs.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne --privileged neu. Gewähren Sie nur die spezifischen Capabilities („--cap-add ...“) und Geräte („--device /dev/...“), die die Workload braucht.</translation>
    </message>
    <message>
        <source>Sensitive host directories are not mounted</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS title</extracomment>
        <translation>Sensible Host-Verzeichnisse werden nicht eingehängt</translation>
    </message>
    <message>
        <source>Bind mounts (and local volumes that bind a host path) whose source is /, or is /boot, /dev, /etc, /lib, /proc, /sys, /usr, /run (/var/run) or the daemon&apos;s data root, or lies below one of them. Read-only does not make / /etc /proc or /run safe: they hold credentials, other processes&apos; environments and sockets (which work through a read-only mount), so those fail read-only too; read-only mounts of the other paths warn. A few read-only mounts of harmless files (time zone, CA certificates) are ignored. (The reference tool only matches the exact paths and only writable mounts: &quot;-v /:/host:ro&quot; and &quot;/etc/ssh&quot; pass there.)</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS description</extracomment>
        <translation>Bind-Mounts (und lokale Volumes, die einen Host-Pfad binden), deren Quelle / ist oder /boot, /dev, /etc, /lib, /proc, /sys, /usr, /run (/var/run) bzw. das Datenverzeichnis des Daemons, oder darunter liegt. Schreibgeschützt macht / /etc /proc oder /run nicht sicher: Sie enthalten Zugangsdaten, die Umgebungen anderer Prozesse und Sockets (die auch über einen schreibgeschützten Mount funktionieren), daher schlagen diese auch schreibgeschützt fehl; schreibgeschützte Mounts der übrigen Pfade ergeben eine Warnung. Einige schreibgeschützte Mounts harmloser Dateien (Zeitzone, CA-Zertifikate) werden ignoriert. (Das Referenzwerkzeug prüft nur die exakten Pfade und nur schreibbare Mounts: „-v /:/host:ro“ und „/etc/ssh“ bestehen dort.)</translation>
    </message>
    <message>
        <source>A container that can write /etc, /boot or /usr of the host can take it over; one that can read / or /etc can read its password hashes, SSH host keys and TLS keys.</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS rationale</extracomment>
        <translation>Ein Container, der /etc, /boot oder /usr des Hosts schreiben kann, kann ihn übernehmen; einer, der / oder /etc lesen kann, kann dessen Passwort-Hashes, SSH-Host-Schlüssel und TLS-Schlüssel lesen.</translation>
    </message>
    <message>
        <source>Recreate {name} without the bind mount of {value}. Mount only the specific files the workload needs, read-only (&quot;-v /host/app-config:/etc/app:ro&quot;), or use a named volume.</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne den Bind-Mount von {value} neu. Hängen Sie nur die spezifischen Dateien ein, die die Workload braucht, schreibgeschützt („-v /host/app-config:/etc/app:ro“), oder verwenden Sie ein benanntes Volume.</translation>
    </message>
    <message>
        <source>sshd does not run in containers</source>
        <extracomment>HC-CONTAINER-SSHD title</extracomment>
        <translation>sshd läuft nicht in Containern</translation>
    </message>
    <message>
        <source>The container&apos;s processes as the daemon&apos;s ps sees them (GET /containers/{id}/top; nothing is executed in the container, so images without ps are covered). sshd (also as &quot;sshd: ...&quot; process titles) fails; a command that only mentions sshd does not count. A container sharing the host&apos;s PID namespace shows the host&apos;s processes, which cannot be attributed: that is a warning, not a false result. Port 22 exposed also warns. Containers that are not running are skipped (unless they expose port 22).</source>
        <extracomment>HC-CONTAINER-SSHD description</extracomment>
        <translation>Die Prozesse des Containers, wie das ps des Daemons sie sieht (GET /containers/{id}/top; im Container wird nichts ausgeführt, daher sind auch Images ohne ps abgedeckt). sshd (auch als Prozesstitel „sshd: ...“) schlägt fehl; ein Befehl, der sshd nur erwähnt, zählt nicht. Ein Container, der den PID-Namespace des Hosts teilt, zeigt die Prozesse des Hosts, die sich nicht zuordnen lassen: Das ist eine Warnung, kein falsches Ergebnis. Ein freigegebener Port 22 ergibt ebenfalls eine Warnung. Container, die nicht laufen, werden übersprungen (es sei denn, sie geben Port 22 frei).</translation>
    </message>
    <message>
        <source>An SSH daemon in a container is another service to patch, another credential store, and a way around the audit trail of docker exec.</source>
        <extracomment>HC-CONTAINER-SSHD rationale</extracomment>
        <translation>Ein SSH-Daemon in einem Container ist ein weiterer Dienst, der gepatcht werden muss, ein weiterer Speicher für Zugangsdaten und ein Weg am Audit-Trail von docker exec vorbei.</translation>
    </message>
    <message>
        <source>Remove the SSH server from {image} and recreate {name} without publishing port 22; use &quot;docker exec -it {name} sh&quot; for interactive access.</source>
        <extracomment>HC-CONTAINER-SSHD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Entfernen Sie den SSH-Server aus {image} und erstellen Sie {name} neu, ohne Port 22 zu veröffentlichen; verwenden Sie „docker exec -it {name} sh“ für interaktiven Zugriff.</translation>
    </message>
    <message>
        <source>Privileged host ports are not mapped</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS title</extracomment>
        <translation>Privilegierte Host-Ports werden nicht zugeordnet</translation>
    </message>
    <message>
        <source>Published host ports below 1024, from HostConfig.PortBindings (so stopped and created containers count too) and, for running containers, NetworkSettings.Ports.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS description</extracomment>
        <translation>Veröffentlichte Host-Ports unter 1024, aus HostConfig.PortBindings (sodass auch gestoppte und erstellte Container zählen) und, bei laufenden Containern, aus NetworkSettings.Ports.</translation>
    </message>
    <message>
        <source>Ports below 1024 are reserved for privileged services on the host; publishing container services there blurs that line and can shadow host services.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS rationale</extracomment>
        <translation>Ports unter 1024 sind auf dem Host privilegierten Diensten vorbehalten; Container-Dienste dort zu veröffentlichen verwischt diese Grenze und kann Host-Dienste verdecken.</translation>
    </message>
    <message>
        <source>Recreate {name} publishing host port {value} on a port of 1024 or above (&quot;-p 8080:80&quot;), and put a load balancer or reverse proxy in front if a low port is needed.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} neu und veröffentlichen Sie Host-Port {value} auf einem Port ab 1024 („-p 8080:80“); stellen Sie einen Load Balancer oder Reverse Proxy davor, wenn ein niedriger Port nötig ist.</translation>
    </message>
    <message>
        <source>Only needed ports are open on the container</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS title</extracomment>
        <translation>Nur benötigte Ports sind am Container geöffnet</translation>
    </message>
    <message>
        <source>Lists every published port (HostConfig.PortBindings, and NetworkSettings.Ports of running containers) for review; a container without published ports passes. Whether a port is needed is the user&apos;s call, so this is information, not a failure.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS description</extracomment>
        <translation>Listet jeden veröffentlichten Port (HostConfig.PortBindings und NetworkSettings.Ports laufender Container) zur Prüfung auf; ein Container ohne veröffentlichte Ports besteht. Ob ein Port benötigt wird, entscheidet der Benutzer, daher ist dies eine Information, kein Fehlschlag.</translation>
    </message>
    <message>
        <source>Every published port is reachable from outside the host; unneeded ones widen the attack surface.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS rationale</extracomment>
        <translation>Jeder veröffentlichte Port ist von außerhalb des Hosts erreichbar; unnötige vergrößern die Angriffsfläche.</translation>
    </message>
    <message>
        <source>Recreate {name} publishing only the ports its clients need (now {evidence}); reach the others over a user-defined network instead.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} neu und veröffentlichen Sie nur die Ports, die seine Clients brauchen (derzeit {evidence}); erreichen Sie die übrigen stattdessen über ein benutzerdefiniertes Netzwerk.</translation>
    </message>
    <message>
        <source>The host&apos;s network namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK title</extracomment>
        <translation>Der Netzwerk-Namespace des Hosts wird nicht geteilt</translation>
    </message>
    <message>
        <source>HostConfig.NetworkMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK description</extracomment>
        <translation>HostConfig.NetworkMode ist „host“.</translation>
    </message>
    <message>
        <source>With the host&apos;s network namespace the container sees and can bind every host interface, reach services on localhost and, with NET_ADMIN or NET_RAW, change or sniff host traffic.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK rationale</extracomment>
        <translation>Mit dem Netzwerk-Namespace des Hosts sieht der Container jede Host-Schnittstelle und kann sich an jede binden, Dienste auf localhost erreichen und mit NET_ADMIN oder NET_RAW Host-Verkehr verändern oder mitschneiden.</translation>
    </message>
    <message>
        <source>Recreate {name} on a user-defined bridge network (&quot;docker network create app-net&quot; then &quot;docker run --network app-net ...&quot;) and publish only the ports it serves.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} in einem benutzerdefinierten Bridge-Netzwerk neu („docker network create app-net“, dann „docker run --network app-net ...“) und veröffentlichen Sie nur die Ports, die er bedient.</translation>
    </message>
    <message>
        <source>Memory usage is limited</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT title</extracomment>
        <translation>Die Speichernutzung ist begrenzt</translation>
    </message>
    <message>
        <source>HostConfig.Memory is above 0.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT description</extracomment>
        <translation>HostConfig.Memory ist größer als 0.</translation>
    </message>
    <message>
        <source>A container without a memory limit can exhaust the host&apos;s memory and make the kernel kill other containers or host processes.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT rationale</extracomment>
        <translation>Ein Container ohne Speicherlimit kann den Arbeitsspeicher des Hosts erschöpfen und den Kernel dazu bringen, andere Container oder Host-Prozesse zu beenden.</translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --memory 512m --memory-swap 512m {name}&quot; (size it from &quot;docker stats&quot;), and add the same --memory to how {name} is created.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie ein Limit, ohne den Container neu zu erstellen: „docker update --memory 512m --memory-swap 512m {name}“ (bemessen Sie es anhand von „docker stats“), und ergänzen Sie dasselbe --memory dort, wo {name} erstellt wird.</translation>
    </message>
    <message>
        <source>CPU priority or limits are set</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT title</extracomment>
        <translation>CPU-Priorität oder -Limits sind gesetzt</translation>
    </message>
    <message>
        <source>Any of HostConfig.CpuShares, NanoCpus (--cpus) or CpuQuota is above 0 (the reference tool ignores CpuQuota).</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT description</extracomment>
        <translation>Mindestens einer der Werte HostConfig.CpuShares, NanoCpus (--cpus) oder CpuQuota ist größer als 0 (das Referenzwerkzeug ignoriert CpuQuota).</translation>
    </message>
    <message>
        <source>Without a CPU share or quota, one busy container can starve the others and the host.</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT rationale</extracomment>
        <translation>Ohne CPU-Anteil oder -Quota kann ein einzelner ausgelasteter Container die anderen und den Host aushungern.</translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --cpus 1 {name}&quot; (or &quot;--cpu-shares 512&quot; for a relative weight), and add the same flag to how {name} is created.</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie ein Limit, ohne den Container neu zu erstellen: „docker update --cpus 1 {name}“ (oder „--cpu-shares 512“ für eine relative Gewichtung), und ergänzen Sie dasselbe Flag dort, wo {name} erstellt wird.</translation>
    </message>
    <message>
        <source>The container&apos;s root filesystem is read-only</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS title</extracomment>
        <translation>Das Root-Dateisystem des Containers ist schreibgeschützt</translation>
    </message>
    <message>
        <source>HostConfig.ReadonlyRootfs is true.</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS description</extracomment>
        <translation>HostConfig.ReadonlyRootfs ist true.</translation>
    </message>
    <message>
        <source>A read-only root filesystem stops an intruder from changing the container&apos;s programs and configuration, and makes the data the application writes explicit (volumes, tmpfs).</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS rationale</extracomment>
        <translation>Ein schreibgeschütztes Root-Dateisystem hindert einen Eindringling daran, Programme und Konfiguration des Containers zu ändern, und macht die Daten, die die Anwendung schreibt, explizit (Volumes, tmpfs).</translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--read-only&quot;, giving the paths it writes a volume or a tmpfs (&quot;--tmpfs /tmp --tmpfs /run -v app-data:/var/lib/app&quot;).</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} mit „--read-only“ neu und geben Sie den Pfaden, in die er schreibt, ein Volume oder ein tmpfs („--tmpfs /tmp --tmpfs /run -v app-data:/var/lib/app“).</translation>
    </message>
    <message>
        <source>Incoming traffic is bound to a specific host interface</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD title</extracomment>
        <translation>Eingehender Verkehr ist an eine bestimmte Host-Schnittstelle gebunden</translation>
    </message>
    <message>
        <source>Published ports whose host address is a wildcard: 0.0.0.0, the IPv6 :: (missed by the reference tool), or empty, which means the daemon&apos;s default address (its --ip, 0.0.0.0 unless changed; read from the network&apos;s host_binding_ipv4 option). From HostConfig.PortBindings, so stopped containers count too.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD description</extracomment>
        <translation>Veröffentlichte Ports, deren Host-Adresse ein Platzhalter ist: 0.0.0.0, das IPv6-:: (vom Referenzwerkzeug übersehen) oder leer, was die Standardadresse des Daemons bedeutet (sein --ip, 0.0.0.0, sofern nicht geändert; gelesen aus der Option host_binding_ipv4 des Netzwerks). Aus HostConfig.PortBindings, sodass auch gestoppte Container zählen.</translation>
    </message>
    <message>
        <source>A port published on every interface is reachable from every network the host is on, including ones the service was never meant for; Docker&apos;s iptables rules also bypass host firewalls such as ufw.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD rationale</extracomment>
        <translation>Ein auf allen Schnittstellen veröffentlichter Port ist aus jedem Netzwerk erreichbar, in dem sich der Host befindet, auch aus solchen, für die der Dienst nie gedacht war; Dockers iptables-Regeln umgehen zudem Host-Firewalls wie ufw.</translation>
    </message>
    <message>
        <source>Recreate {name} publishing {value} on one address, for example &quot;-p 127.0.0.1:8080:80&quot; or &quot;-p 10.0.0.5:8080:80&quot;; set the daemon&apos;s default with &quot;ip&quot; in {config_file} to make that the rule.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} neu und veröffentlichen Sie {value} auf einer einzelnen Adresse, zum Beispiel „-p 127.0.0.1:8080:80“ oder „-p 10.0.0.5:8080:80“; setzen Sie den Standard des Daemons mit „ip“ in {config_file}, um dies zur Regel zu machen.</translation>
    </message>
    <message>
        <source>The on-failure restart policy is limited to 5 retries</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY title</extracomment>
        <translation>Die Neustartrichtlinie on-failure ist auf 5 Versuche begrenzt</translation>
    </message>
    <message>
        <source>HostConfig.RestartPolicy. &quot;on-failure&quot; with more than 5 retries fails, and so does &quot;on-failure&quot; without a maximum (MaximumRetryCount 0), which retries forever; 1 to 5 retries pass. &quot;no&quot;, &quot;always&quot; and &quot;unless-stopped&quot; pass: MaximumRetryCount means nothing for them. Swarm tasks are skipped: the service&apos;s restart policy governs them. (The reference tool got this wrong both ways several times.)</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY description</extracomment>
        <translation>HostConfig.RestartPolicy. „on-failure“ mit mehr als 5 Versuchen schlägt fehl, ebenso „on-failure“ ohne Maximum (MaximumRetryCount 0), das endlos wiederholt; 1 bis 5 Versuche bestehen. „no“, „always“ und „unless-stopped“ bestehen: MaximumRetryCount hat für sie keine Bedeutung. Swarm-Tasks werden übersprungen: Für sie gilt die Neustartrichtlinie des Dienstes. (Das Referenzwerkzeug lag hier mehrfach in beide Richtungen falsch.)</translation>
    </message>
    <message>
        <source>A container that fails and restarts without end can hide an attack, fill logs and exhaust host resources.</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY rationale</extracomment>
        <translation>Ein Container, der fehlschlägt und endlos neu startet, kann einen Angriff verschleiern, Protokolle füllen und Host-Ressourcen erschöpfen.</translation>
    </message>
    <message>
        <source>Change the policy without recreating the container: &quot;docker update --restart on-failure:5 {name}&quot; (now {value}).</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ändern Sie die Richtlinie, ohne den Container neu zu erstellen: „docker update --restart on-failure:5 {name}“ (derzeit {value}).</translation>
    </message>
    <message>
        <source>The host&apos;s process namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-PID title</extracomment>
        <translation>Der Prozess-Namespace des Hosts wird nicht geteilt</translation>
    </message>
    <message>
        <source>HostConfig.PidMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-PID description</extracomment>
        <translation>HostConfig.PidMode ist „host“.</translation>
    </message>
    <message>
        <source>With the host&apos;s PID namespace the container sees every host process, can signal them and, with ptrace, read their memory and environment.</source>
        <extracomment>HC-CONTAINER-HOST-PID rationale</extracomment>
        <translation>Mit dem PID-Namespace des Hosts sieht der Container jeden Host-Prozess, kann ihm Signale senden und mit ptrace dessen Speicher und Umgebung lesen.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--pid=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-PID remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--pid=host“ neu.</translation>
    </message>
    <message>
        <source>The host&apos;s IPC namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-IPC title</extracomment>
        <translation>Der IPC-Namespace des Hosts wird nicht geteilt</translation>
    </message>
    <message>
        <source>HostConfig.IpcMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-IPC description</extracomment>
        <translation>HostConfig.IpcMode ist „host“.</translation>
    </message>
    <message>
        <source>With the host&apos;s IPC namespace the container can read and change host shared memory and semaphores.</source>
        <extracomment>HC-CONTAINER-HOST-IPC rationale</extracomment>
        <translation>Mit dem IPC-Namespace des Hosts kann der Container Shared Memory und Semaphoren des Hosts lesen und ändern.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--ipc=host&quot; (use &quot;--ipc=shareable&quot; and &quot;--ipc=container:NAME&quot; between containers).</source>
        <extracomment>HC-CONTAINER-HOST-IPC remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--ipc=host“ neu (verwenden Sie zwischen Containern „--ipc=shareable“ und „--ipc=container:NAME“).</translation>
    </message>
    <message>
        <source>Host devices are not exposed to containers</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES title</extracomment>
        <translation>Host-Geräte werden Containern nicht zugänglich gemacht</translation>
    </message>
    <message>
        <source>HostConfig.Devices, DeviceRequests (GPUs) and DeviceCgroupRules; a privileged container has every device. Often needed on purpose (GPUs, serial ports), so this warns for review.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES description</extracomment>
        <translation>HostConfig.Devices, DeviceRequests (GPUs) und DeviceCgroupRules; ein privilegierter Container hat jedes Gerät. Oft absichtlich nötig (GPUs, serielle Schnittstellen), daher ergibt dies eine Warnung zur Prüfung.</translation>
    </message>
    <message>
        <source>A device node gives direct access to hardware: a disk device, for example, lets the container read and write the host&apos;s filesystems underneath every other control.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES rationale</extracomment>
        <translation>Ein Geräteknoten gibt direkten Zugriff auf Hardware: Ein Plattengerät etwa lässt den Container die Dateisysteme des Hosts lesen und schreiben, an allen anderen Kontrollen vorbei.</translation>
    </message>
    <message>
        <source>Recreate {name} with only the devices it needs, with the least access (&quot;--device /dev/ttyUSB0:/dev/ttyUSB0:r&quot;), and without --privileged.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} nur mit den Geräten neu, die er braucht, mit den geringsten Zugriffsrechten („--device /dev/ttyUSB0:/dev/ttyUSB0:r“) und ohne --privileged.</translation>
    </message>
    <message>
        <source>Default ulimits are overridden only when needed</source>
        <extracomment>HC-CONTAINER-ULIMITS title</extracomment>
        <translation>Standard-ulimits werden nur bei Bedarf überschrieben</translation>
    </message>
    <message>
        <source>Lists containers that override the daemon&apos;s default ulimits (HostConfig.Ulimits) for review. (The reference tool lists the opposite: the containers that keep the defaults.) Podman writes its own defaults (RLIMIT_NOFILE, RLIMIT_NPROC) into every container, so they are listed there too.</source>
        <extracomment>HC-CONTAINER-ULIMITS description</extracomment>
        <translation>Listet Container zur Prüfung auf, die die Standard-ulimits des Daemons überschreiben (HostConfig.Ulimits). (Das Referenzwerkzeug listet das Gegenteil auf: die Container, die die Standardwerte beibehalten.) Podman schreibt eigene Standardwerte (RLIMIT_NOFILE, RLIMIT_NPROC) in jeden Container, daher werden diese dort ebenfalls aufgeführt.</translation>
    </message>
    <message>
        <source>The daemon-wide defaults are the reviewed baseline; a per-container override should be a deliberate, reviewed exception.</source>
        <extracomment>HC-CONTAINER-ULIMITS rationale</extracomment>
        <translation>Die daemonweiten Standardwerte sind die überprüfte Basis; eine Überschreibung pro Container sollte eine bewusste, überprüfte Ausnahme sein.</translation>
    </message>
    <message>
        <source>Review the ulimits of {name} ({value}); recreate it without &quot;--ulimit&quot; where the daemon&apos;s defaults suffice.</source>
        <extracomment>HC-CONTAINER-ULIMITS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Prüfen Sie die ulimits von {name} ({value}); erstellen Sie ihn ohne „--ulimit“ neu, wo die Standardwerte des Daemons ausreichen.</translation>
    </message>
    <message>
        <source>Mount propagation is not shared</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION title</extracomment>
        <translation>Mount-Propagation ist nicht geteilt</translation>
    </message>
    <message>
        <source>A mount of the container whose Propagation is &quot;shared&quot; or &quot;rshared&quot;.</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION description</extracomment>
        <translation>Ein Mount des Containers, dessen Propagation „shared“ oder „rshared“ ist.</translation>
    </message>
    <message>
        <source>With shared propagation, mounts made inside the container appear on the host and the other way round, so a container can change what the host sees.</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION rationale</extracomment>
        <translation>Bei geteilter Propagation erscheinen im Container vorgenommene Mounts auf dem Host und umgekehrt, sodass ein Container verändern kann, was der Host sieht.</translation>
    </message>
    <message>
        <source>Recreate {name} with private propagation on its bind mounts (&quot;-v /src:/dst&quot; or &quot;--mount type=bind,src=/src,dst=/dst,bind-propagation=rprivate&quot;).</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} mit privater Propagation für seine Bind-Mounts neu („-v /src:/dst“ oder „--mount type=bind,src=/src,dst=/dst,bind-propagation=rprivate“).</translation>
    </message>
    <message>
        <source>The host&apos;s UTS namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-UTS title</extracomment>
        <translation>Der UTS-Namespace des Hosts wird nicht geteilt</translation>
    </message>
    <message>
        <source>HostConfig.UTSMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-UTS description</extracomment>
        <translation>HostConfig.UTSMode ist „host“.</translation>
    </message>
    <message>
        <source>With the host&apos;s UTS namespace the container can see and (with SYS_ADMIN) change the host&apos;s hostname.</source>
        <extracomment>HC-CONTAINER-HOST-UTS rationale</extracomment>
        <translation>Mit dem UTS-Namespace des Hosts kann der Container den Hostnamen des Hosts sehen und (mit SYS_ADMIN) ändern.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--uts=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-UTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--uts=host“ neu.</translation>
    </message>
    <message>
        <source>The default seccomp profile is not disabled</source>
        <extracomment>HC-CONTAINER-SECCOMP title</extracomment>
        <translation>Das Standard-seccomp-Profil ist nicht deaktiviert</translation>
    </message>
    <message>
        <source>&quot;seccomp=unconfined&quot; in HostConfig.SecurityOpt, a privileged container (Docker applies no seccomp profile to it), or a daemon whose own default profile is unconfined. A custom profile passes with a note to review it. Skipped when the daemon reports no seccomp support.</source>
        <extracomment>HC-CONTAINER-SECCOMP description</extracomment>
        <translation>„seccomp=unconfined“ in HostConfig.SecurityOpt, ein privilegierter Container (Docker wendet darauf kein seccomp-Profil an) oder ein Daemon, dessen eigenes Standardprofil unconfined ist. Ein eigenes Profil besteht mit dem Hinweis, es zu überprüfen. Wird übersprungen, wenn der Daemon keine seccomp-Unterstützung meldet.</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 44 system calls that containers do not need and that kernel exploits and escapes rely on.</source>
        <extracomment>HC-CONTAINER-SECCOMP rationale</extracomment>
        <translation>Das Standard-seccomp-Profil von Docker blockiert etwa 44 Systemaufrufe, die Container nicht benötigen und auf die Kernel-Exploits und Ausbrüche angewiesen sind.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--security-opt seccomp=unconfined&quot; and without --privileged; if a system call is missing, use a copy of Docker&apos;s default profile that allows just that call (&quot;--security-opt seccomp=/path/profile.json&quot;).</source>
        <extracomment>HC-CONTAINER-SECCOMP remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--security-opt seccomp=unconfined“ und ohne --privileged neu; fehlt ein Systemaufruf, verwenden Sie eine Kopie des Standardprofils von Docker, die genau diesen Aufruf erlaubt („--security-opt seccomp=/path/profile.json“).</translation>
    </message>
    <message>
        <source>docker exec is not used with --privileged</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED title</extracomment>
        <translation>docker exec wird nicht mit --privileged verwendet</translation>
    </message>
    <message>
        <source>Review the daemon&apos;s events and audit logs for &quot;docker exec --privileged&quot;. Exec sessions are not part of the snapshot (GET /exec/{id}/json only while they are retained).</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED description</extracomment>
        <translation>Prüfen Sie die Ereignisse und Audit-Protokolle des Daemons auf „docker exec --privileged“. Exec-Sitzungen sind nicht Teil des Snapshots (GET /exec/{id}/json nur, solange sie vorgehalten werden).</translation>
    </message>
    <message>
        <source>A privileged exec session gets every capability in a container that was deliberately started without them.</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED rationale</extracomment>
        <translation>Eine privilegierte Exec-Sitzung erhält jede Capability in einem Container, der bewusst ohne sie gestartet wurde.</translation>
    </message>
    <message>
        <source>Watch &quot;docker events --filter event=exec_create&quot; on {name} and forbid --privileged exec with an authorization plugin.</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Beobachten Sie „docker events --filter event=exec_create“ auf {name} und verbieten Sie privilegierte Exec-Aufrufe (--privileged) mit einem Autorisierungs-Plugin.</translation>
    </message>
    <message>
        <source>docker exec is not used with --user=root</source>
        <extracomment>HC-DAEMON-EXEC-ROOT title</extracomment>
        <translation>docker exec wird nicht mit --user=root verwendet</translation>
    </message>
    <message>
        <source>Review the daemon&apos;s events and audit logs for &quot;docker exec --user root&quot; (or 0). Exec sessions are not part of the snapshot.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT description</extracomment>
        <translation>Prüfen Sie die Ereignisse und Audit-Protokolle des Daemons auf „docker exec --user root“ (oder 0). Exec-Sitzungen sind nicht Teil des Snapshots.</translation>
    </message>
    <message>
        <source>An exec session as root undoes the non-root user the container was started with.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT rationale</extracomment>
        <translation>Eine Exec-Sitzung als root hebt den Nicht-root-Benutzer auf, mit dem der Container gestartet wurde.</translation>
    </message>
    <message>
        <source>Watch &quot;docker events --filter event=exec_create&quot; on {name} and forbid root exec sessions with an authorization plugin.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Beobachten Sie „docker events --filter event=exec_create“ auf {name} und verbieten Sie Exec-Sitzungen als root mit einem Autorisierungs-Plugin.</translation>
    </message>
    <message>
        <source>cgroup usage is confirmed</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT title</extracomment>
        <translation>Die cgroup-Nutzung ist bestätigt</translation>
    </message>
    <message>
        <source>HostConfig.CgroupParent is set: the container runs under a cgroup other than the daemon&apos;s default, which should be a deliberate choice.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT description</extracomment>
        <translation>HostConfig.CgroupParent ist gesetzt: Der Container läuft unter einer anderen cgroup als der Standard-cgroup des Daemons, was eine bewusste Entscheidung sein sollte.</translation>
    </message>
    <message>
        <source>A container placed under an arbitrary cgroup can escape the limits and accounting the daemon&apos;s default cgroup applies.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT rationale</extracomment>
        <translation>Ein Container unter einer beliebigen cgroup kann sich den Limits und der Abrechnung entziehen, die die Standard-cgroup des Daemons anwendet.</translation>
    </message>
    <message>
        <source>Confirm that {value} is the intended cgroup for {name}; otherwise recreate it without &quot;--cgroup-parent&quot;.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Bestätigen Sie, dass {value} die beabsichtigte cgroup für {name} ist; andernfalls erstellen Sie ihn ohne „--cgroup-parent“ neu.</translation>
    </message>
    <message>
        <source>Containers cannot acquire additional privileges</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES title</extracomment>
        <translation>Container können keine zusätzlichen Privilegien erlangen</translation>
    </message>
    <message>
        <source>&quot;no-new-privileges&quot; in the container&apos;s HostConfig.SecurityOpt, or set daemon-wide (--no-new-privileges or daemon.json, readable for local daemons). &quot;no-new-privileges:false&quot; on the container overrides the daemon default and fails. On a remote daemon, where the default cannot be seen, a container without the option warns.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES description</extracomment>
        <translation>„no-new-privileges“ in HostConfig.SecurityOpt des Containers oder daemonweit gesetzt (--no-new-privileges oder daemon.json, bei lokalen Daemons lesbar). „no-new-privileges:false“ am Container überschreibt den Daemon-Standard und schlägt fehl. Bei einem entfernten Daemon, dessen Standard nicht sichtbar ist, ergibt ein Container ohne die Option eine Warnung.</translation>
    </message>
    <message>
        <source>no-new-privileges stops setuid binaries and file capabilities from raising a process&apos;s privileges, closing a common path from a compromised application user to root.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES rationale</extracomment>
        <translation>no-new-privileges verhindert, dass setuid-Binärdateien und Datei-Capabilities die Privilegien eines Prozesses erhöhen, und schließt damit einen gängigen Weg von einem kompromittierten Anwendungsbenutzer zu root.</translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--security-opt no-new-privileges&quot;, or set &quot;no-new-privileges&quot;: true in {config_file} and restart the daemon to make it the default for new containers.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} mit „--security-opt no-new-privileges“ neu oder setzen Sie &quot;no-new-privileges&quot;: true in {config_file} und starten Sie den Daemon neu, um es zum Standard für neue Container zu machen.</translation>
    </message>
    <message>
        <source>Container health is checked at runtime</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK title</extracomment>
        <translation>Der Zustand des Containers wird zur Laufzeit geprüft</translation>
    </message>
    <message>
        <source>The container&apos;s healthcheck (Config.Healthcheck, or its image&apos;s), in every state; a test of NONE (--no-healthcheck) counts as none. For running containers, State.Health: unhealthy warns.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK description</extracomment>
        <translation>Der Healthcheck des Containers (Config.Healthcheck oder der seines Images), in jedem Zustand; ein Test NONE (--no-healthcheck) zählt als keiner. Bei laufenden Containern State.Health: unhealthy ergibt eine Warnung.</translation>
    </message>
    <message>
        <source>A healthcheck lets Docker and the orchestrator see that a running container no longer works, and restart or replace it.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK rationale</extracomment>
        <translation>Ein Healthcheck lässt Docker und den Orchestrator erkennen, dass ein laufender Container nicht mehr funktioniert, und ihn neu starten oder ersetzen.</translation>
    </message>
    <message>
        <source>Recreate {name} with a healthcheck (&quot;--health-cmd &apos;wget -qO- http://localhost:8080/health || exit 1&apos; --health-interval 30s&quot;), or add a HEALTHCHECK to the Dockerfile of {image}.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} mit einem Healthcheck neu („--health-cmd &apos;wget -qO- http://localhost:8080/health || exit 1&apos; --health-interval 30s“) oder fügen Sie dem Dockerfile von {image} einen HEALTHCHECK hinzu.</translation>
    </message>
    <message>
        <source>Containers use a pinned image version, not :latest</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED title</extracomment>
        <translation>Container verwenden eine festgelegte Image-Version, nicht :latest</translation>
    </message>
    <message>
        <source>Config.Image: no tag or &quot;:latest&quot; fails (the reference tool evaluates nothing here). A version tag passes when the image has a registry digest; it warns when the image has none (built locally or loaded: the tag cannot be verified) or when the tag now names another image than the one the container runs. A digest or an image ID is pinned.</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED description</extracomment>
        <translation>Config.Image: kein Tag oder „:latest“ schlägt fehl (das Referenzwerkzeug wertet hier nichts aus). Ein Versions-Tag besteht, wenn das Image einen Registry-Digest hat; er ergibt eine Warnung, wenn das Image keinen hat (lokal gebaut oder geladen: der Tag lässt sich nicht verifizieren) oder wenn der Tag inzwischen ein anderes Image bezeichnet als das, das der Container ausführt. Ein Digest oder eine Image-ID gilt als festgelegt.</translation>
    </message>
    <message>
        <source>&quot;:latest&quot; names whatever was pushed last: two hosts, or one host before and after a pull, run different code under the same name, and a rollback has nothing to go back to.</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED rationale</extracomment>
        <translation>„:latest“ bezeichnet das, was zuletzt gepusht wurde: Zwei Hosts, oder ein Host vor und nach einem Pull, führen unter demselben Namen unterschiedlichen Code aus, und ein Rollback hat nichts, wohin er zurückkehren kann.</translation>
    </message>
    <message>
        <source>Recreate {name} from a version tag or, better, a digest: &quot;docker run ... IMAGE:1.2.3&quot; or &quot;IMAGE@sha256:...&quot; (see &quot;docker image inspect --format &apos;{{.RepoDigests}}&apos; {value}&quot;).</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} aus einem Versions-Tag oder, besser, einem Digest neu: „docker run ... IMAGE:1.2.3“ oder „IMAGE@sha256:...“ (siehe „docker image inspect --format &apos;{{.RepoDigests}}&apos; {value}“).</translation>
    </message>
    <message>
        <source>The PIDs cgroup limit is used</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT title</extracomment>
        <translation>Das PIDs-Limit der cgroup wird verwendet</translation>
    </message>
    <message>
        <source>HostConfig.PidsLimit is above 0 (0, -1 and null mean no limit).</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT description</extracomment>
        <translation>HostConfig.PidsLimit ist größer als 0 (0, -1 und null bedeuten kein Limit).</translation>
    </message>
    <message>
        <source>Without a PIDs limit a fork bomb in one container exhausts the host&apos;s process table.</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT rationale</extracomment>
        <translation>Ohne PIDs-Limit erschöpft eine Fork-Bombe in einem Container die Prozesstabelle des Hosts.</translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --pids-limit 200 {name}&quot;, and add the same --pids-limit to how {name} is created.</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie ein Limit, ohne den Container neu zu erstellen: „docker update --pids-limit 200 {name}“, und ergänzen Sie dasselbe --pids-limit dort, wo {name} erstellt wird.</translation>
    </message>
    <message>
        <source>The default bridge docker0 is not used</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE title</extracomment>
        <translation>Die Standard-Bridge docker0 wird nicht verwendet</translation>
    </message>
    <message>
        <source>The container is attached to the network whose bridge is docker0 (com.docker.network.bridge.name), which is marked as the default bridge, or which is named &quot;bridge&quot;.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE description</extracomment>
        <translation>Der Container ist mit dem Netzwerk verbunden, dessen Bridge docker0 ist (com.docker.network.bridge.name), das als Standard-Bridge gekennzeichnet ist oder das „bridge“ heißt.</translation>
    </message>
    <message>
        <source>On the default bridge every container can reach every other (inter-container communication is on unless the daemon turns it off), and names do not resolve. User-defined networks isolate groups of containers.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE rationale</extracomment>
        <translation>Auf der Standard-Bridge kann jeder Container jeden anderen erreichen (die Kommunikation zwischen Containern ist aktiv, sofern der Daemon sie nicht abschaltet), und Namen werden nicht aufgelöst. Benutzerdefinierte Netzwerke isolieren Gruppen von Containern.</translation>
    </message>
    <message>
        <source>Create a user-defined network and move {name} to it: &quot;docker network create app-net&quot;, &quot;docker network connect app-net {name}&quot;, &quot;docker network disconnect {value} {name}&quot;.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Legen Sie ein benutzerdefiniertes Netzwerk an und verschieben Sie {name} dorthin: „docker network create app-net“, „docker network connect app-net {name}“, „docker network disconnect {value} {name}“.</translation>
    </message>
    <message>
        <source>The host&apos;s user namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-USERNS title</extracomment>
        <translation>Der User-Namespace des Hosts wird nicht geteilt</translation>
    </message>
    <message>
        <source>HostConfig.UsernsMode is &quot;host&quot; (which opts out of the daemon&apos;s user namespace remapping).</source>
        <extracomment>HC-CONTAINER-HOST-USERNS description</extracomment>
        <translation>HostConfig.UsernsMode ist „host“ (womit der Container vom User-Namespace-Remapping des Daemons ausgenommen wird).</translation>
    </message>
    <message>
        <source>With the host&apos;s user namespace, root in the container is root on the host.</source>
        <extracomment>HC-CONTAINER-HOST-USERNS rationale</extracomment>
        <translation>Mit dem User-Namespace des Hosts ist root im Container root auf dem Host.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--userns=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-USERNS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--userns=host“ neu.</translation>
    </message>
    <message>
        <source>The Docker socket is not mounted in containers</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET title</extracomment>
        <translation>Der Docker-Socket wird nicht in Container eingehängt</translation>
    </message>
    <message>
        <source>A mount (bind, or a volume that binds a host path) whose source is the daemon&apos;s real socket (the one this scan used), any directory above it (/run, /var/run, the socket&apos;s own directory, /), the default Docker, containerd or Podman socket or their directories, or any path named docker.sock, podman.sock or containerd.sock. A read-only mount does not help: connect(2) works through it. (The reference tool searches the text &quot;docker.sock&quot; and misses a mounted socket directory or a socket with another name.)</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET description</extracomment>
        <translation>Ein Mount (Bind-Mount oder ein Volume, das einen Host-Pfad bindet), dessen Quelle der tatsächliche Socket des Daemons ist (der von dieser Prüfung verwendete), ein beliebiges darüberliegendes Verzeichnis (/run, /var/run, das Verzeichnis des Sockets selbst, /), der Standard-Socket von Docker, containerd oder Podman bzw. deren Verzeichnisse oder ein beliebiger Pfad namens docker.sock, podman.sock oder containerd.sock. Ein schreibgeschützter Mount hilft nicht: connect(2) funktioniert auch darüber. (Das Referenzwerkzeug sucht nach dem Text „docker.sock“ und übersieht ein eingehängtes Socket-Verzeichnis oder einen Socket mit anderem Namen.)</translation>
    </message>
    <message>
        <source>The socket is the daemon&apos;s full API: a container that can reach it can start a privileged container that mounts the host&apos;s root, which is root on the host.</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET rationale</extracomment>
        <translation>Der Socket ist die vollständige API des Daemons: Ein Container, der ihn erreichen kann, kann einen privilegierten Container starten, der das Root-Dateisystem des Hosts einhängt, und das bedeutet Root-Rechte auf dem Host.</translation>
    </message>
    <message>
        <source>Recreate {name} without the mount of {value} ({socket} is the daemon&apos;s socket). If the container must manage containers, give it a socket proxy that allows only the needed API calls, read-only, or use rootless Docker.</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne den Mount von {value} neu ({socket} ist der Socket des Daemons). Muss der Container Container verwalten, geben Sie ihm einen Socket-Proxy, der nur die benötigten API-Aufrufe erlaubt, schreibgeschützt, oder verwenden Sie Docker im Rootless-Modus.</translation>
    </message>
    <message>
        <source>Image sprawl is avoided</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL title</extracomment>
        <translation>Ein Wildwuchs an Images wird vermieden</translation>
    </message>
    <message>
        <source>Counts the daemon&apos;s images: how many are in use by a container in any state (running, stopped or created), how many are unused, and how many are untagged. Reported as information. (The reference tool prints these counts per container and swapped.)</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL description</extracomment>
        <translation>Zählt die Images des Daemons: wie viele von einem Container in beliebigem Zustand (laufend, gestoppt oder erstellt) verwendet werden, wie viele unbenutzt sind und wie viele keinen Tag haben. Wird als Information gemeldet. (Das Referenzwerkzeug gibt diese Zahlen pro Container und vertauscht aus.)</translation>
    </message>
    <message>
        <source>Unused images keep old, unpatched software on the host, use disk space and make it harder to know what is deployed. Removing them leaves only what is needed.</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL rationale</extracomment>
        <translation>Unbenutzte Images halten alte, ungepatchte Software auf dem Host, belegen Plattenplatz und erschweren den Überblick darüber, was bereitgestellt ist. Wer sie entfernt, behält nur, was gebraucht wird.</translation>
    </message>
    <message>
        <source>Review the {value} unused images on {name} (&quot;docker image ls&quot;, &quot;docker ps -a --format &apos;{{.Image}}&apos;&quot;) and remove those no longer needed with &quot;docker image prune -a&quot; (removes every image no container uses) or &quot;docker image rm IMAGE&quot;.</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Prüfen Sie die {value} unbenutzten Images auf {name} („docker image ls“, „docker ps -a --format &apos;{{.Image}}&apos;“) und entfernen Sie die nicht mehr benötigten mit „docker image prune -a“ (entfernt jedes Image, das kein Container verwendet) oder „docker image rm IMAGE“.</translation>
    </message>
    <message>
        <source>Container sprawl is avoided</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL title</extracomment>
        <translation>Ein Wildwuchs an Containern wird vermieden</translation>
    </message>
    <message>
        <source>Counts the daemon&apos;s containers by state (running, paused, exited, created, dead) from the snapshot and compares with /info. Reported as information.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL description</extracomment>
        <translation>Zählt die Container des Daemons nach Zustand (running, paused, exited, created, dead) aus dem Snapshot und vergleicht mit /info. Wird als Information gemeldet.</translation>
    </message>
    <message>
        <source>Stopped containers keep their configuration, environment (including secrets) and writable layer on the host, and can be restarted by mistake. Removing those no longer needed keeps the host clean and the inventory meaningful.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL rationale</extracomment>
        <translation>Gestoppte Container behalten ihre Konfiguration, Umgebung (einschließlich Secrets) und ihren beschreibbaren Layer auf dem Host und können versehentlich neu gestartet werden. Wer die nicht mehr benötigten entfernt, hält den Host sauber und das Inventar aussagekräftig.</translation>
    </message>
    <message>
        <source>Review the {value} containers on {name} that are not running (&quot;docker ps -a --filter status=exited --filter status=created&quot;) and remove those no longer needed with &quot;docker container prune&quot; or &quot;docker rm NAME&quot;.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Prüfen Sie die {value} Container auf {name}, die nicht laufen („docker ps -a --filter status=exited --filter status=created“), und entfernen Sie die nicht mehr benötigten mit „docker container prune“ oder „docker rm NAME“.</translation>
    </message>
    <message>
        <source>The swarm has the minimum number of manager nodes</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS title</extracomment>
        <translation>Der Swarm hat die minimal nötige Anzahl an Manager-Knoten</translation>
    </message>
    <message>
        <source>The number of managers and nodes of the swarm (/info Swarm.Managers, Swarm.Nodes, on a manager). More than seven managers, or an even number of them (which adds no fault tolerance), is reported. (The reference tool counts raft leaders, which is always one.)</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS description</extracomment>
        <translation>Die Anzahl der Manager und Knoten des Swarms (/info Swarm.Managers, Swarm.Nodes, auf einem Manager). Mehr als sieben Manager oder eine gerade Anzahl davon (die keine zusätzliche Ausfalltoleranz bringt) werden gemeldet. (Das Referenzwerkzeug zählt Raft-Leader, und davon gibt es immer genau einen.)</translation>
    </message>
    <message>
        <source>Every manager holds the cluster&apos;s state and keys. More managers than the fault tolerance needs only widens the attack surface.</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS rationale</extracomment>
        <translation>Jeder Manager hält den Zustand und die Schlüssel des Clusters. Mehr Manager, als die Ausfalltoleranz erfordert, vergrößern nur die Angriffsfläche.</translation>
    </message>
    <message>
        <source>Keep an odd number of managers (1, 3, 5 or 7) sized for the fault tolerance you need, and demote the others with &quot;docker node demote NODE&quot; (there are {value} now).</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Halten Sie eine ungerade Anzahl von Managern (1, 3, 5 oder 7), bemessen nach der benötigten Ausfalltoleranz, und stufen Sie die übrigen mit „docker node demote NODE“ herab (derzeit sind es {value}).</translation>
    </message>
    <message>
        <source>Swarm services are bound to a specific host interface</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS title</extracomment>
        <translation>Swarm-Dienste sind an eine bestimmte Host-Schnittstelle gebunden</translation>
    </message>
    <message>
        <source>The swarm&apos;s management port 2377 should listen on one interface. The API shows the node&apos;s advertised address (Swarm.NodeAddr) but not the listening socket, which needs host access: this is a review item with the address as evidence.</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS description</extracomment>
        <translation>Der Management-Port 2377 des Swarms sollte auf einer einzigen Schnittstelle lauschen. Die API zeigt die angekündigte Adresse des Knotens (Swarm.NodeAddr), aber nicht den lauschenden Socket, wofür Host-Zugriff nötig ist: Dies ist ein Punkt zur Prüfung mit der Adresse als Nachweis.</translation>
    </message>
    <message>
        <source>A management port that listens on every interface is reachable from networks that should not reach it.</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS rationale</extracomment>
        <translation>Ein Management-Port, der auf allen Schnittstellen lauscht, ist aus Netzwerken erreichbar, die ihn nicht erreichen sollten.</translation>
    </message>
    <message>
        <source>Check with &quot;ss -lntp | grep 2377&quot; on the host of {name}. If it listens on 0.0.0.0 or [::], re-join or re-initialise the node with &quot;--listen-addr {value}:2377&quot; (or another single address).</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Prüfen Sie mit „ss -lntp | grep 2377“ auf dem Host von {name}. Lauscht er auf 0.0.0.0 oder [::], treten Sie dem Swarm mit dem Knoten erneut bei oder initialisieren Sie ihn neu, mit „--listen-addr {value}:2377“ (oder einer anderen einzelnen Adresse).</translation>
    </message>
    <message>
        <source>Overlay networks are encrypted</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION title</extracomment>
        <translation>Overlay-Netzwerke sind verschlüsselt</translation>
    </message>
    <message>
        <source>Overlay networks of the snapshot whose options lack &quot;encrypted&quot;.</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION description</extracomment>
        <translation>Overlay-Netzwerke des Snapshots, deren Optionen „encrypted“ fehlt.</translation>
    </message>
    <message>
        <source>Without encryption, container traffic between swarm nodes crosses the network in clear text (VXLAN).</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION rationale</extracomment>
        <translation>Ohne Verschlüsselung durchquert der Container-Verkehr zwischen Swarm-Knoten das Netzwerk im Klartext (VXLAN).</translation>
    </message>
    <message>
        <source>Recreate the overlay network {value} with encryption: &quot;docker network create --driver overlay --opt encrypted NAME&quot;, then move the services to it (&quot;docker service update --network-rm OLD --network-add NAME SERVICE&quot;).</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie das Overlay-Netzwerk {value} mit Verschlüsselung neu: „docker network create --driver overlay --opt encrypted NAME“, und verschieben Sie dann die Dienste dorthin („docker service update --network-rm OLD --network-add NAME SERVICE“).</translation>
    </message>
    <message>
        <source>Swarm secrets are managed with docker secret</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS title</extracomment>
        <translation>Swarm-Secrets werden mit docker secret verwaltet</translation>
    </message>
    <message>
        <source>Review that services get their secrets from docker secret. Swarm secrets are not part of the snapshot; secret-looking environment variables of containers are reported by HC-CONTAINER-SECRETS.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS description</extracomment>
        <translation>Prüfen Sie, dass Dienste ihre Secrets über docker secret erhalten. Swarm-Secrets sind nicht Teil des Snapshots; nach Secrets aussehende Umgebungsvariablen von Containern meldet HC-CONTAINER-SECRETS.</translation>
    </message>
    <message>
        <source>Docker secrets are encrypted at rest in the raft log and only mounted into the services that need them, unlike environment variables.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS rationale</extracomment>
        <translation>Docker Secrets werden im Raft-Log verschlüsselt gespeichert und nur in die Dienste eingehängt, die sie brauchen, anders als Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Create secrets with &quot;docker secret create NAME FILE&quot; and give them to services with &quot;docker service update --secret-add NAME SERVICE&quot;; read them from /run/secrets/NAME instead of environment variables.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS remediation</extracomment>
        <translation>Legen Sie Secrets mit „docker secret create NAME FILE“ an und geben Sie sie mit „docker service update --secret-add NAME SERVICE“ an Dienste weiter; lesen Sie sie aus /run/secrets/NAME statt aus Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Swarm manager auto-lock is enabled</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK title</extracomment>
        <translation>Die automatische Sperre (Auto-Lock) der Swarm-Manager ist aktiviert</translation>
    </message>
    <message>
        <source>Spec.EncryptionConfig.AutoLockManagers of the swarm (from /info on a manager).</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK description</extracomment>
        <translation>Spec.EncryptionConfig.AutoLockManagers des Swarms (aus /info auf einem Manager).</translation>
    </message>
    <message>
        <source>Without auto-lock, the keys that decrypt the raft log are stored on disk next to it; anyone with the manager&apos;s disk has the swarm&apos;s secrets.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK rationale</extracomment>
        <translation>Ohne Auto-Lock liegen die Schlüssel, die das Raft-Log entschlüsseln, direkt daneben auf der Platte; wer die Platte des Managers hat, hat die Secrets des Swarms.</translation>
    </message>
    <message>
        <source>Run &quot;docker swarm update --autolock=true&quot; on a manager and store the unlock key it prints in a password manager; managers then need &quot;docker swarm unlock&quot; after a restart.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK remediation</extracomment>
        <translation>Führen Sie „docker swarm update --autolock=true“ auf einem Manager aus und bewahren Sie den ausgegebenen Entsperrschlüssel in einem Passwortmanager auf; Manager brauchen danach nach einem Neustart „docker swarm unlock“.</translation>
    </message>
    <message>
        <source>The swarm manager auto-lock key is rotated periodically</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION title</extracomment>
        <translation>Der Auto-Lock-Schlüssel der Swarm-Manager wird regelmäßig rotiert</translation>
    </message>
    <message>
        <source>Review that the unlock key is rotated on a schedule; the API does not show when it last changed. Reports when auto-lock is off, since there is then no key to rotate.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION description</extracomment>
        <translation>Prüfen Sie, dass der Entsperrschlüssel planmäßig rotiert wird; die API zeigt nicht, wann er zuletzt geändert wurde. Meldet, wenn Auto-Lock abgeschaltet ist, da es dann keinen Schlüssel zum Rotieren gibt.</translation>
    </message>
    <message>
        <source>A key that never changes stays valid for everyone who ever saw it.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION rationale</extracomment>
        <translation>Ein Schlüssel, der sich nie ändert, bleibt für jeden gültig, der ihn je gesehen hat.</translation>
    </message>
    <message>
        <source>Rotate the key with &quot;docker swarm unlock-key --rotate&quot; on a schedule, and keep the previous key until every manager has been restarted once.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION remediation</extracomment>
        <translation>Rotieren Sie den Schlüssel planmäßig mit „docker swarm unlock-key --rotate“ und bewahren Sie den vorherigen Schlüssel auf, bis jeder Manager einmal neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Node certificates are rotated as appropriate</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY title</extracomment>
        <translation>Knotenzertifikate werden angemessen rotiert</translation>
    </message>
    <message>
        <source>Spec.CAConfig.NodeCertExpiry of the swarm against a maximum of 90 days (Docker&apos;s default is 90 days, which passes; the reference tool only passes a setting of exactly 2 days).</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY description</extracomment>
        <translation>Spec.CAConfig.NodeCertExpiry des Swarms verglichen mit einem Höchstwert von 90 Tagen (Dockers Standard sind 90 Tage, was besteht; beim Referenzwerkzeug besteht nur eine Einstellung von genau 2 Tagen).</translation>
    </message>
    <message>
        <source>Short-lived node certificates limit how long a stolen certificate can be used.</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY rationale</extracomment>
        <translation>Kurzlebige Knotenzertifikate begrenzen, wie lange ein gestohlenes Zertifikat verwendet werden kann.</translation>
    </message>
    <message>
        <source>Set a shorter certificate lifetime with &quot;docker swarm update --cert-expiry 720h&quot; (30 days; now {value} days).</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Setzen Sie mit „docker swarm update --cert-expiry 720h“ eine kürzere Zertifikatslaufzeit (30 Tage; derzeit {value} Tage).</translation>
    </message>
    <message>
        <source>The swarm root CA is rotated as appropriate</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION title</extracomment>
        <translation>Die Root-CA des Swarms wird angemessen rotiert</translation>
    </message>
    <message>
        <source>Review that the root CA certificate is rotated on a schedule. The API shows whether a rotation is in progress but not when the last one happened.</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION description</extracomment>
        <translation>Prüfen Sie, dass das Root-CA-Zertifikat planmäßig rotiert wird. Die API zeigt, ob gerade eine Rotation läuft, aber nicht, wann die letzte stattfand.</translation>
    </message>
    <message>
        <source>Rotating the root CA limits the damage of a leaked CA key and renews every node certificate.</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION rationale</extracomment>
        <translation>Das Rotieren der Root-CA begrenzt den Schaden eines offengelegten CA-Schlüssels und erneuert jedes Knotenzertifikat.</translation>
    </message>
    <message>
        <source>Rotate the root CA with &quot;docker swarm ca --rotate&quot; on a schedule (and at once if its key may have leaked).</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION remediation</extracomment>
        <translation>Rotieren Sie die Root-CA planmäßig mit „docker swarm ca --rotate“ (und sofort, wenn ihr Schlüssel offengelegt worden sein könnte).</translation>
    </message>
    <message>
        <source>Management plane traffic is separated from data plane traffic</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION title</extracomment>
        <translation>Der Verkehr der Management-Ebene ist vom Verkehr der Datenebene getrennt</translation>
    </message>
    <message>
        <source>Review that container (data path) traffic uses another interface than swarm management. The node address is shown; the data path address is not exposed by /info.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION description</extracomment>
        <translation>Prüfen Sie, dass der Container-Verkehr (Datenpfad) eine andere Schnittstelle nutzt als das Swarm-Management. Die Knotenadresse wird angezeigt; die Datenpfad-Adresse gibt /info nicht preis.</translation>
    </message>
    <message>
        <source>Separate interfaces keep a flood or compromise of application traffic away from the control plane.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION rationale</extracomment>
        <translation>Getrennte Schnittstellen halten eine Überflutung oder Kompromittierung des Anwendungsverkehrs von der Steuerungsebene fern.</translation>
    </message>
    <message>
        <source>Initialise or join nodes with &quot;--advertise-addr&quot; on the management interface ({value}) and &quot;--data-path-addr&quot; on a separate data interface.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Initialisieren Sie Knoten oder lassen Sie sie beitreten mit „--advertise-addr“ auf der Management-Schnittstelle ({value}) und „--data-path-addr“ auf einer separaten Datenschnittstelle.</translation>
    </message>
    <message>
        <source>The daemon is not reached over plain TCP</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP title</extracomment>
        <translation>Der Daemon wird nicht über reines TCP erreicht</translation>
    </message>
    <message>
        <source>Fails when this scan reached the daemon over TCP without TLS. A unix socket or a TLS connection passes.</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP description</extracomment>
        <translation>Schlägt fehl, wenn diese Prüfung den Daemon über TCP ohne TLS erreicht hat. Ein Unix-Socket oder eine TLS-Verbindung besteht.</translation>
    </message>
    <message>
        <source>Without TLS, the API traffic (every container&apos;s configuration, environment values included) crosses the network in clear text, and nothing proves the other end is the daemon. A daemon that accepts plain TCP also gives root on its host to anyone who reaches the port.</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP rationale</extracomment>
        <translation>Ohne TLS durchquert der API-Verkehr (die Konfiguration jedes Containers, einschließlich der Umgebungswerte) das Netzwerk im Klartext, und nichts belegt, dass die Gegenseite der Daemon ist. Ein Daemon, der reines TCP annimmt, gibt zudem jedem, der den Port erreicht, Root-Rechte auf seinem Host.</translation>
    </message>
    <message>
        <source>Connect over a unix socket, or over TLS with verification: give the daemon a certificate (&quot;tlsverify&quot;, &quot;tlscacert&quot;, &quot;tlscert&quot;, &quot;tlskey&quot; in daemon.json, port 2376) and connect with --tlsverify --tlscacert --tlscert --tlskey (or DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP remediation</extracomment>
        <translation>Verbinden Sie sich über einen Unix-Socket oder über TLS mit Verifizierung: Geben Sie dem Daemon ein Zertifikat („tlsverify“, „tlscacert“, „tlscert“, „tlskey“ in daemon.json, Port 2376) und verbinden Sie sich mit --tlsverify --tlscacert --tlscert --tlskey (oder DOCKER_TLS_VERIFY=1 und DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate is verified</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY title</extracomment>
        <translation>Das TLS-Zertifikat des Daemons wird verifiziert</translation>
    </message>
    <message>
        <source>For a TLS connection, fails when the daemon&apos;s certificate was not verified (the user connected with --tls but without --tlsverify). Hullcheck only connects that way when asked to explicitly.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY description</extracomment>
        <translation>Schlägt bei einer TLS-Verbindung fehl, wenn das Zertifikat des Daemons nicht verifiziert wurde (der Benutzer hat sich mit --tls, aber ohne --tlsverify verbunden). Hullcheck verbindet sich nur auf ausdrückliche Anweisung so.</translation>
    </message>
    <message>
        <source>Without verification, anyone between this machine and the daemon can pose as the daemon: the scan&apos;s results cannot be trusted, and the client certificate is presented to whoever answers.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY rationale</extracomment>
        <translation>Ohne Verifizierung kann sich jeder zwischen diesem Rechner und dem Daemon als der Daemon ausgeben: Den Ergebnissen der Prüfung ist nicht zu trauen, und das Client-Zertifikat wird jedem vorgelegt, der antwortet.</translation>
    </message>
    <message>
        <source>Connect with --tlsverify and the CA that signed the daemon&apos;s certificate (--tlscacert, or ca.pem in DOCKER_CERT_PATH). If verification fails, fix the cause it names (unknown CA, host name, expiry) instead of switching it off.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY remediation</extracomment>
        <translation>Verbinden Sie sich mit --tlsverify und der CA, die das Zertifikat des Daemons signiert hat (--tlscacert oder ca.pem in DOCKER_CERT_PATH). Schlägt die Verifizierung fehl, beheben Sie die genannte Ursache (unbekannte CA, Hostname, Ablauf), statt sie abzuschalten.</translation>
    </message>
    <message>
        <source>The client key is readable by its owner only</source>
        <extracomment>HC-CONNECTION-KEY-MODE title</extracomment>
        <translation>Der Client-Schlüssel ist nur für seinen Eigentümer lesbar</translation>
    </message>
    <message>
        <source>For a TLS connection with a client certificate, fails when the client key file (its target, for a symlink) grants any permission to its group or to others (mode bits outside 0600, compared as a mask), as stat(2) saw it when the snapshot was taken.</source>
        <extracomment>HC-CONNECTION-KEY-MODE description</extracomment>
        <translation>Schlägt bei einer TLS-Verbindung mit Client-Zertifikat fehl, wenn die Client-Schlüsseldatei (bei einem symbolischen Link dessen Ziel) ihrer Gruppe oder anderen irgendeine Berechtigung gewährt (Modusbits außerhalb von 0600, als Maske verglichen), so wie stat(2) sie bei der Aufnahme des Snapshots sah.</translation>
    </message>
    <message>
        <source>The client key is the credential for the daemon, and the daemon is root on its host: whoever can read the key can start a privileged container there.</source>
        <extracomment>HC-CONNECTION-KEY-MODE rationale</extracomment>
        <translation>Der Client-Schlüssel ist die Zugangsberechtigung für den Daemon, und der Daemon bedeutet Root-Rechte auf seinem Host: Wer den Schlüssel lesen kann, kann dort einen privilegierten Container starten.</translation>
    </message>
    <message>
        <source>Make the key readable by its owner only: chmod 600 {value} (the docker CLI&apos;s own key files are 0600 as well), and replace the certificate and key if others may have copied it.</source>
        <extracomment>HC-CONNECTION-KEY-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Machen Sie den Schlüssel nur für seinen Eigentümer lesbar: chmod 600 {value} (auch die eigenen Schlüsseldateien der docker-CLI haben 0600), und ersetzen Sie Zertifikat und Schlüssel, falls andere ihn kopiert haben könnten.</translation>
    </message>
    <message>
        <source>The client certificate is valid and not about to expire</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY title</extracomment>
        <translation>Das Client-Zertifikat ist gültig und läuft nicht in Kürze ab</translation>
    </message>
    <message>
        <source>For a TLS connection with a client certificate, fails when the certificate had expired or was not valid yet when the snapshot was taken, and warns when it expires within 30 days.</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY description</extracomment>
        <translation>Schlägt bei einer TLS-Verbindung mit Client-Zertifikat fehl, wenn das Zertifikat bei der Aufnahme des Snapshots abgelaufen oder noch nicht gültig war, und warnt, wenn es innerhalb von 30 Tagen abläuft.</translation>
    </message>
    <message>
        <source>A daemon with --tlsverify refuses an expired client certificate, so the scans stop; renewing in time avoids the outage and the temptation to switch verification off.</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY rationale</extracomment>
        <translation>Ein Daemon mit --tlsverify weist ein abgelaufenes Client-Zertifikat zurück, sodass die Prüfungen ausbleiben; eine rechtzeitige Erneuerung vermeidet den Ausfall und die Versuchung, die Verifizierung abzuschalten.</translation>
    </message>
    <message>
        <source>Issue a new client certificate from the CA the daemon trusts and replace {value} (and its key).</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Stellen Sie ein neues Client-Zertifikat von der CA aus, der der Daemon vertraut, und ersetzen Sie {value} (samt Schlüssel).</translation>
    </message>
    <message>
        <source>The host&apos;s audit system has rules loaded</source>
        <extracomment>HC-HOST-AUDIT-ENABLED title</extracomment>
        <translation>Im Audit-System des Hosts sind Regeln geladen</translation>
    </message>
    <message>
        <source>Checks that the host audits at all: auditctl -l lists loaded rules, or, where auditctl cannot be asked, /etc/audit/audit.rules and /etc/audit/rules.d hold rules. Without an audit system none of the per-path audit rules (CIS 1.1.3 - 1.1.18) can pass; this rule names the cause once.</source>
        <extracomment>HC-HOST-AUDIT-ENABLED description</extracomment>
        <translation>Prüft, dass der Host überhaupt auditiert: auditctl -l listet geladene Regeln auf, oder, wo auditctl nicht abgefragt werden kann, enthalten /etc/audit/audit.rules und /etc/audit/rules.d Regeln. Ohne Audit-System kann keine der pfadbezogenen Audit-Regeln (CIS 1.1.3 - 1.1.18) bestehen; diese Regel nennt die Ursache einmal.</translation>
    </message>
    <message>
        <source>An audit trail of the daemon, its runtime and its configuration is what an investigation of a container incident starts from (practice A9).</source>
        <extracomment>HC-HOST-AUDIT-ENABLED rationale</extracomment>
        <translation>Ein Audit-Trail des Daemons, seiner Runtime und seiner Konfiguration ist der Ausgangspunkt jeder Untersuchung eines Container-Vorfalls (Praktik A9).</translation>
    </message>
    <message>
        <source>Install and enable the Linux audit daemon (Debian/Ubuntu: sudo apt-get install auditd; RHEL: sudo dnf install audit; then sudo systemctl enable --now auditd), add the Docker watches to /etc/audit/rules.d/docker.rules (one &quot;-w PATH -p rwxa -k docker&quot; line per path of the HC-HOST-AUDIT-* rules) and load them with sudo augenrules --load.</source>
        <extracomment>HC-HOST-AUDIT-ENABLED remediation</extracomment>
        <translation>Installieren und aktivieren Sie den Linux-Audit-Daemon (Debian/Ubuntu: sudo apt-get install auditd; RHEL: sudo dnf install audit; dann sudo systemctl enable --now auditd), tragen Sie die Docker-Überwachungen in /etc/audit/rules.d/docker.rules ein (eine Zeile „-w PATH -p rwxa -k docker“ pro Pfad der HC-HOST-AUDIT-*-Regeln) und laden Sie sie mit sudo augenrules --load.</translation>
    </message>
    <message>
        <source>The shared kernel is known and kept patched</source>
        <extracomment>HC-HOST-KERNEL-VERSION title</extracomment>
        <translation>Der gemeinsam genutzte Kernel ist bekannt und wird gepatcht</translation>
    </message>
    <message>
        <source>Reports the kernel version and operating system the daemon runs on (/info KernelVersion, OperatingSystem), as information: every container shares this kernel, and distributions backport fixes, so the version alone does not tell whether it is patched. Review it against your distribution&apos;s security updates.</source>
        <extracomment>HC-HOST-KERNEL-VERSION description</extracomment>
        <translation>Meldet Kernel-Version und Betriebssystem, auf denen der Daemon läuft (/info KernelVersion, OperatingSystem), als Information: Jeder Container teilt sich diesen Kernel, und Distributionen portieren Korrekturen zurück, daher sagt die Version allein nicht, ob er gepatcht ist. Gleichen Sie sie mit den Sicherheitsupdates Ihrer Distribution ab.</translation>
    </message>
    <message>
        <source>A kernel vulnerability is a way out of every container at once (practice A1: patch the engine and the host OS).</source>
        <extracomment>HC-HOST-KERNEL-VERSION rationale</extracomment>
        <translation>Eine Kernel-Schwachstelle ist ein Weg aus allen Containern zugleich (Praktik A1: Engine und Host-Betriebssystem patchen).</translation>
    </message>
    <message>
        <source>Keep the host&apos;s kernel on a maintained series with the distribution&apos;s security updates installed, and reboot (or live-patch) after kernel updates. Kernel: {value}.</source>
        <extracomment>HC-HOST-KERNEL-VERSION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Halten Sie den Kernel des Hosts auf einer gepflegten Versionsreihe mit installierten Sicherheitsupdates der Distribution und starten Sie nach Kernel-Updates neu (oder verwenden Sie Live-Patching). Kernel: {value}.</translation>
    </message>
    <message>
        <source>Images run as a non-root user by default</source>
        <extracomment>HC-IMAGE-ROOT-USER title</extracomment>
        <translation>Images laufen standardmäßig als Nicht-root-Benutzer</translation>
    </message>
    <message>
        <source>Config.User of the image (C2): empty, &quot;0&quot;, &quot;root&quot;, &quot;0:&lt;gid&gt;&quot; or &quot;root:&lt;group&gt;&quot; mean root. The image side of HC-CONTAINER-ROOT-USER (CIS 4.1): it also covers images no container uses yet.</source>
        <extracomment>HC-IMAGE-ROOT-USER description</extracomment>
        <translation>Config.User des Images (C2): leer, „0“, „root“, „0:&lt;gid&gt;“ oder „root:&lt;group&gt;“ bedeuten root. Die Image-Seite von HC-CONTAINER-ROOT-USER (CIS 4.1): deckt auch Images ab, die noch kein Container verwendet.</translation>
    </message>
    <message>
        <source>Every container started from the image without --user runs as root, and root in a container is root on the host after any escape.</source>
        <extracomment>HC-IMAGE-ROOT-USER rationale</extracomment>
        <translation>Jeder Container, der ohne --user aus dem Image gestartet wird, läuft als root, und root in einem Container ist nach jedem Ausbruch root auf dem Host.</translation>
    </message>
    <message>
        <source>Add &quot;USER 10001:10001&quot; (a numeric, unprivileged UID) to the Dockerfile of {name}, make the files the process writes owned by it, and rebuild.</source>
        <extracomment>HC-IMAGE-ROOT-USER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fügen Sie dem Dockerfile von {name} „USER 10001:10001“ hinzu (eine numerische, unprivilegierte UID), sorgen Sie dafür, dass die Dateien, die der Prozess schreibt, diesem Benutzer gehören, und bauen Sie neu.</translation>
    </message>
    <message>
        <source>Containers hold no secrets in their environment, labels or command line</source>
        <extracomment>HC-CONTAINER-SECRETS title</extracomment>
        <translation>Container enthalten keine Secrets in Umgebung, Labels oder Befehlszeile</translation>
    </message>
    <message>
        <source>Secret-looking names (PASSWORD, TOKEN, API_KEY, SECRET, CREDENTIALS, ...) with a value, and secret-looking values under any name (private keys, AWS access key ids, known token formats, credentials in URLs, long random tokens), in the container&apos;s Config.Env (marked when inherited from the image), its labels, and flags such as --password on its command line (B3). The evidence names the key and where, never the value.</source>
        <extracomment>HC-CONTAINER-SECRETS description</extracomment>
        <translation>Nach Secrets aussehende Namen (PASSWORD, TOKEN, API_KEY, SECRET, CREDENTIALS, ...) mit einem Wert sowie nach Secrets aussehende Werte unter beliebigem Namen (private Schlüssel, AWS-Access-Key-IDs, bekannte Token-Formate, Zugangsdaten in URLs, lange zufällige Tokens) in Config.Env des Containers (gekennzeichnet, wenn vom Image geerbt), seinen Labels und Flags wie --password in seiner Befehlszeile (B3). Der Nachweis nennt den Schlüssel und den Fundort, nie den Wert.</translation>
    </message>
    <message>
        <source>A container&apos;s environment and labels are readable by everyone who can inspect it or reach the daemon, are copied into logs, crash reports and snapshots, and outlive the container&apos;s purpose.</source>
        <extracomment>HC-CONTAINER-SECRETS rationale</extracomment>
        <translation>Umgebung und Labels eines Containers sind für jeden lesbar, der ihn inspizieren oder den Daemon erreichen kann, werden in Protokolle, Absturzberichte und Snapshots kopiert und überdauern den Zweck des Containers.</translation>
    </message>
    <message>
        <source>Recreate {name} without {value} in its environment: use &quot;docker secret&quot; (swarm), a secret file mounted read-only (&quot;-v /run/secrets/db:/run/secrets/db:ro&quot; with DB_PASSWORD_FILE), or the orchestrator&apos;s secret store, then rotate the exposed secrets.</source>
        <extracomment>HC-CONTAINER-SECRETS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne {value} in seiner Umgebung neu: Verwenden Sie „docker secret“ (Swarm), eine schreibgeschützt eingehängte Secret-Datei („-v /run/secrets/db:/run/secrets/db:ro“ mit DB_PASSWORD_FILE) oder den Secret-Speicher des Orchestrators, und rotieren Sie dann die offengelegten Secrets.</translation>
    </message>
    <message>
        <source>Images are minimal</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS title</extracomment>
        <translation>Images sind minimal</translation>
    </message>
    <message>
        <source>The image&apos;s size and layer count against the policy&apos;s maxImageSizeBytes (1 GiB) and maxLayers (50), with the package managers its build used as evidence (B2).</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS description</extracomment>
        <translation>Größe und Layer-Anzahl des Images verglichen mit maxImageSizeBytes (1 GiB) und maxLayers (50) der Richtlinie, mit den beim Build verwendeten Paketmanagern als Nachweis (B2).</translation>
    </message>
    <message>
        <source>Large images with many layers usually carry shells, package managers and libraries the service never uses: more vulnerabilities to patch and more tools for an intruder.</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS rationale</extracomment>
        <translation>Große Images mit vielen Layern enthalten meist Shells, Paketmanager und Bibliotheken, die der Dienst nie verwendet: mehr Schwachstellen zu patchen und mehr Werkzeuge für einen Eindringling.</translation>
    </message>
    <message>
        <source>Rebuild {name} ({value}) from a minimal base (distroless, alpine, or &quot;scratch&quot; for static binaries) with a multi-stage build, and merge RUN steps that install and clean up.</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Bauen Sie {name} ({value}) mit einem Multi-Stage-Build auf einer minimalen Basis neu (distroless, alpine oder „scratch“ für statische Binärdateien) und fassen Sie RUN-Schritte zusammen, die installieren und aufräumen.</translation>
    </message>
    <message>
        <source>Containers do not bridge networks</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK title</extracomment>
        <translation>Container verbinden keine Netzwerke miteinander</translation>
    </message>
    <message>
        <source>The container is attached to several networks, at least one of them not internal (A6).</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK description</extracomment>
        <translation>Der Container ist mit mehreren Netzwerken verbunden, von denen mindestens eines nicht intern ist (A6).</translation>
    </message>
    <message>
        <source>A container on two networks connects them: whoever takes it over reaches both, which undoes the separation the networks were made for.</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK rationale</extracomment>
        <translation>Ein Container in zwei Netzwerken verbindet diese: Wer ihn übernimmt, erreicht beide, was die Trennung aufhebt, für die die Netzwerke angelegt wurden.</translation>
    </message>
    <message>
        <source>Review whether {name} must join every one of {value}; disconnect the others with &quot;docker network disconnect NETWORK {name}&quot;, and make back-end networks internal (&quot;docker network create --internal&quot;).</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Prüfen Sie, ob {name} jedem der Netzwerke {value} angehören muss; trennen Sie die übrigen mit „docker network disconnect NETWORK {name}“ und machen Sie Back-End-Netzwerke intern („docker network create --internal“).</translation>
    </message>
    <message>
        <source>Containers are not killed for lack of memory or restarting repeatedly</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS title</extracomment>
        <translation>Container werden nicht wegen Speichermangels beendet und starten nicht wiederholt neu</translation>
    </message>
    <message>
        <source>State.OOMKilled, a RestartCount above 5 or a container caught restarting (C1), in every state.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS description</extracomment>
        <translation>State.OOMKilled, ein RestartCount über 5 oder ein gerade beim Neustart angetroffener Container (C1), in jedem Zustand.</translation>
    </message>
    <message>
        <source>A container that the kernel kills for memory, or that keeps restarting, is failing; it also hides attacks and loses logs and state.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS rationale</extracomment>
        <translation>Ein Container, den der Kernel wegen Speichermangels beendet oder der ständig neu startet, ist fehlerhaft; er verschleiert zudem Angriffe und verliert Protokolle und Zustand.</translation>
    </message>
    <message>
        <source>Look at &quot;docker logs {name}&quot; and &quot;docker inspect --format &apos;{{json .State}}&apos; {name}&quot; (restarted {value} times); raise the memory limit with &quot;docker update --memory ... {name}&quot; if the workload needs it, or fix the cause.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Sehen Sie sich „docker logs {name}“ und „docker inspect --format &apos;{{json .State}}&apos; {name}“ an ({value}-mal neu gestartet); erhöhen Sie das Speicherlimit mit „docker update --memory ... {name}“, wenn die Workload es braucht, oder beheben Sie die Ursache.</translation>
    </message>
    <message>
        <source>Running containers have not drifted from their image</source>
        <extracomment>HC-CONTAINER-DRIFT title</extracomment>
        <translation>Laufende Container sind nicht von ihrem Image abgewichen</translation>
    </message>
    <message>
        <source>Files added, changed or deleted in a running container&apos;s root filesystem against its image (GET /containers/{id}/changes; A9, C2). Containers with a read-only root filesystem pass; others are skipped while the snapshot does not hold the changes.</source>
        <extracomment>HC-CONTAINER-DRIFT description</extracomment>
        <translation>Im Root-Dateisystem eines laufenden Containers gegenüber seinem Image hinzugefügte, geänderte oder gelöschte Dateien (GET /containers/{id}/changes; A9, C2). Container mit schreibgeschütztem Root-Dateisystem bestehen; die übrigen werden übersprungen, solange der Snapshot die Änderungen nicht enthält.</translation>
    </message>
    <message>
        <source>A container should be the image it was started from: changed files are either configuration that belongs in the image or a volume, or an intruder&apos;s work.</source>
        <extracomment>HC-CONTAINER-DRIFT rationale</extracomment>
        <translation>Ein Container sollte dem Image entsprechen, aus dem er gestartet wurde: Geänderte Dateien sind entweder Konfiguration, die ins Image oder in ein Volume gehört, oder das Werk eines Eindringlings.</translation>
    </message>
    <message>
        <source>Review &quot;docker diff {name}&quot; ({value} changed paths). Move legitimate changes into the image of {image} or a volume, recreate the container from its image, and run it with &quot;--read-only&quot;.</source>
        <extracomment>HC-CONTAINER-DRIFT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Prüfen Sie „docker diff {name}“ ({value} geänderte Pfade). Übernehmen Sie legitime Änderungen in das Image von {image} oder in ein Volume, erstellen Sie den Container aus seinem Image neu und betreiben Sie ihn mit „--read-only“.</translation>
    </message>
    <message>
        <source>Container logging is not switched off</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER title</extracomment>
        <translation>Die Container-Protokollierung ist nicht abgeschaltet</translation>
    </message>
    <message>
        <source>HostConfig.LogConfig.Type is &quot;none&quot; (A9): the container&apos;s output is not kept anywhere.</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER description</extracomment>
        <translation>HostConfig.LogConfig.Type ist „none“ (A9): Die Ausgabe des Containers wird nirgends aufbewahrt.</translation>
    </message>
    <message>
        <source>Without logs there is no trail to investigate an incident or an attack.</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER rationale</extracomment>
        <translation>Ohne Protokolle gibt es keine Spur, um einen Vorfall oder Angriff zu untersuchen.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--log-driver none&quot;; use the daemon&apos;s default driver or a remote one (&quot;--log-driver journald&quot;, &quot;syslog&quot;, &quot;fluentd&quot;).</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} ohne „--log-driver none“ neu; verwenden Sie den Standardtreiber des Daemons oder einen entfernten („--log-driver journald“, „syslog“, „fluentd“).</translation>
    </message>
    <message>
        <source>Containers carry the required labels</source>
        <extracomment>HC-CONTAINER-LABELS title</extracomment>
        <translation>Container tragen die vorgeschriebenen Labels</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on the container&apos;s Config.Labels (C4). Skipped when the policy requires none.</source>
        <extracomment>HC-CONTAINER-LABELS description</extracomment>
        <translation>requiredLabels der Richtlinie, angewendet auf Config.Labels des Containers (C4). Wird übersprungen, wenn die Richtlinie keine vorschreibt.</translation>
    </message>
    <message>
        <source>Ownership and source labels tell who runs a container and where it comes from, which is what an incident responder or an audit asks first.</source>
        <extracomment>HC-CONTAINER-LABELS rationale</extracomment>
        <translation>Labels zu Verantwortlichkeit und Herkunft sagen, wer einen Container betreibt und woher er stammt – das, wonach bei einem Vorfall oder Audit zuerst gefragt wird.</translation>
    </message>
    <message>
        <source>Recreate {name} with the missing labels: &quot;docker run --label {value}=... ...&quot; (labels cannot be changed on an existing container), or add them to the image with LABEL.</source>
        <extracomment>HC-CONTAINER-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Erstellen Sie {name} mit den fehlenden Labels neu: „docker run --label {value}=... ...“ (Labels eines bestehenden Containers lassen sich nicht ändern), oder fügen Sie sie dem Image mit LABEL hinzu.</translation>
    </message>
    <message>
        <source>Images carry the required labels</source>
        <extracomment>HC-IMAGE-LABELS title</extracomment>
        <translation>Images tragen die vorgeschriebenen Labels</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on the image&apos;s Config.Labels (C4), for example org.opencontainers.image.source. Skipped when the policy requires none.</source>
        <extracomment>HC-IMAGE-LABELS description</extracomment>
        <translation>requiredLabels der Richtlinie, angewendet auf Config.Labels des Images (C4), zum Beispiel org.opencontainers.image.source. Wird übersprungen, wenn die Richtlinie keine vorschreibt.</translation>
    </message>
    <message>
        <source>An image without source and ownership labels cannot be traced back to its code and its maintainers.</source>
        <extracomment>HC-IMAGE-LABELS rationale</extracomment>
        <translation>Ein Image ohne Labels zu Herkunft und Verantwortlichkeit lässt sich nicht zu seinem Code und seinen Betreuern zurückverfolgen.</translation>
    </message>
    <message>
        <source>Add &quot;LABEL {value}=...&quot; to the Dockerfile of {name} (or &quot;docker build --label ...&quot;) and rebuild.</source>
        <extracomment>HC-IMAGE-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fügen Sie dem Dockerfile von {name} „LABEL {value}=...“ hinzu (oder „docker build --label ...“) und bauen Sie neu.</translation>
    </message>
    <message>
        <source>Networks carry the required labels</source>
        <extracomment>HC-NETWORK-LABELS title</extracomment>
        <translation>Netzwerke tragen die vorgeschriebenen Labels</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on user-defined networks (C4); the predefined bridge, host and none networks cannot carry labels and are not evaluated. Skipped when the policy requires none.</source>
        <extracomment>HC-NETWORK-LABELS description</extracomment>
        <translation>requiredLabels der Richtlinie, angewendet auf benutzerdefinierte Netzwerke (C4); die vordefinierten Netzwerke bridge, host und none können keine Labels tragen und werden nicht ausgewertet. Wird übersprungen, wenn die Richtlinie keine vorschreibt.</translation>
    </message>
    <message>
        <source>Labels tell who owns a network and what it connects.</source>
        <extracomment>HC-NETWORK-LABELS rationale</extracomment>
        <translation>Labels sagen, wem ein Netzwerk gehört und was es verbindet.</translation>
    </message>
    <message>
        <source>Networks cannot be relabelled: create a new one with &quot;docker network create --label {value}=... NAME&quot;, move the containers to it and remove {name}.</source>
        <extracomment>HC-NETWORK-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Labels von Netzwerken lassen sich nicht ändern: Legen Sie mit „docker network create --label {value}=... NAME“ ein neues an, verschieben Sie die Container dorthin und entfernen Sie {name}.</translation>
    </message>
    <message>
        <source>Volumes carry the required labels</source>
        <extracomment>HC-VOLUME-LABELS title</extracomment>
        <translation>Volumes tragen die vorgeschriebenen Labels</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on volumes (C4). Skipped when the policy requires none.</source>
        <extracomment>HC-VOLUME-LABELS description</extracomment>
        <translation>requiredLabels der Richtlinie, angewendet auf Volumes (C4). Wird übersprungen, wenn die Richtlinie keine vorschreibt.</translation>
    </message>
    <message>
        <source>Labels tell who owns the data in a volume and whether it may be deleted.</source>
        <extracomment>HC-VOLUME-LABELS rationale</extracomment>
        <translation>Labels sagen, wem die Daten in einem Volume gehören und ob sie gelöscht werden dürfen.</translation>
    </message>
    <message>
        <source>Volumes cannot be relabelled: create a new one with &quot;docker volume create --label {value}=... NAME&quot;, copy the data from {name} and switch the containers to it.</source>
        <extracomment>HC-VOLUME-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Labels von Volumes lassen sich nicht ändern: Legen Sie mit „docker volume create --label {value}=... NAME“ ein neues an, kopieren Sie die Daten von {name} und stellen Sie die Container darauf um.</translation>
    </message>
    <message>
        <source>Checks that the CA certificate the daemon uses to verify clients (--tlscacert or &quot;tlscacert&quot; in daemon.json; ~/.docker/ca.pem by default when TLS is on) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CA-OWNER description</extracomment>
        <translation>Prüft, dass das CA-Zertifikat, mit dem der Daemon Clients verifiziert (--tlscacert oder „tlscacert“ in daemon.json; bei aktivem TLS standardmäßig ~/.docker/ca.pem), dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört. Wird übersprungen, wenn der Daemon kein TLS verwendet.</translation>
    </message>
    <message>
        <source>Checks that the CA certificate the daemon uses to verify clients has no permission bit outside 0444. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CA-MODE description</extracomment>
        <translation>Prüft, dass das CA-Zertifikat, mit dem der Daemon Clients verifiziert, kein Berechtigungsbit außerhalb von 0444 hat. Wird übersprungen, wenn der Daemon kein TLS verwendet.</translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s server certificate (--tlscert or &quot;tlscert&quot; in daemon.json) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER description</extracomment>
        <translation>Prüft, dass das Serverzertifikat des Daemons (--tlscert oder „tlscert“ in daemon.json) dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört. Wird übersprungen, wenn der Daemon kein TLS verwendet.</translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s server certificate has no permission bit outside 0444. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CERT-MODE description</extracomment>
        <translation>Prüft, dass das Serverzertifikat des Daemons kein Berechtigungsbit außerhalb von 0444 hat. Wird übersprungen, wenn der Daemon kein TLS verwendet.</translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s private key (--tlskey or &quot;tlskey&quot; in daemon.json) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER description</extracomment>
        <translation>Prüft, dass der private Schlüssel des Daemons (--tlskey oder „tlskey“ in daemon.json) dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört. Wird übersprungen, wenn der Daemon kein TLS verwendet.</translation>
    </message>
    <message>
        <source>Checks that the daemon.json the daemon reads (--config-file, else /etc/docker/daemon.json; the reference tool only checks the default) is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER description</extracomment>
        <translation>Prüft, dass die daemon.json, die der Daemon liest (--config-file, sonst /etc/docker/daemon.json; das Referenzwerkzeug prüft nur den Standardpfad), dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört. Wird übersprungen, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <source>Checks that the daemon.json the daemon reads has no permission bit outside 0644, compared as a bit mask (0602 and 0466, which the reference tool passes as numbers below 644, fail). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE description</extracomment>
        <translation>Prüft, dass die daemon.json, die der Daemon liest, kein Berechtigungsbit außerhalb von 0644 hat, als Bitmaske geprüft (0602 und 0466, die beim Referenzwerkzeug als Zahlen unter 644 bestehen, schlagen fehl). Wird übersprungen, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <source>Checks that /etc/default/docker (extra daemon options on Debian-based hosts) is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-OWNER description</extracomment>
        <translation>Prüft, dass /etc/default/docker (zusätzliche Daemon-Optionen auf Debian-basierten Hosts) dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört. Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>Checks that /etc/default/docker has no permission bit outside 0644. Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE description</extracomment>
        <translation>Prüft, dass /etc/default/docker kein Berechtigungsbit außerhalb von 0644 hat. Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>Checks that /etc/sysconfig/docker (extra daemon options on Red Hat-based hosts) has no permission bit outside 0644. Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-MODE description</extracomment>
        <translation>Prüft, dass /etc/sysconfig/docker (zusätzliche Daemon-Optionen auf Red-Hat-basierten Hosts) kein Berechtigungsbit außerhalb von 0644 hat. Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>Checks that /etc/sysconfig/docker is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-OWNER description</extracomment>
        <translation>Prüft, dass /etc/sysconfig/docker dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört. Wird übersprungen, wenn die Datei nicht existiert.</translation>
    </message>
    <message>
        <source>Checks that the containerd socket the daemon really uses: --containerd, else the system containerd&apos;s /run/containerd/containerd.sock, else the one dockerd started under its exec-root (Debian&apos;s docker.io), which the reference tool never finds, is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER description</extracomment>
        <translation>Prüft, dass der containerd-Socket, den der Daemon tatsächlich verwendet (--containerd, sonst /run/containerd/containerd.sock des System-containerd, sonst der Socket des containerd, das dockerd unter seinem exec-root gestartet hat (docker.io unter Debian), den das Referenzwerkzeug nie findet), dem Benutzer root (UID 0) und der Gruppe root (GID 0) gehört.</translation>
    </message>
    <message>
        <source>Checks that the containerd socket the daemon really uses has no permission bit outside 0660, compared as a bit mask.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE description</extracomment>
        <translation>Prüft, dass der containerd-Socket, den der Daemon tatsächlich verwendet, kein Berechtigungsbit außerhalb von 0660 hat, geprüft gegen 0660 als Bitmaske.</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Docker Daemon</source>
        <translation>Mit einem Docker-Daemon verbinden</translation>
    </message>
    <message>
        <source>From &amp;environment (DOCKER_HOST / current context)</source>
        <translation>Aus der &amp;Umgebung (DOCKER_HOST / aktueller Kontext)</translation>
    </message>
    <message>
        <source>Docker &amp;context</source>
        <translation>Docker-&amp;Kontext</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>Docker-Kontext</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker-Host</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>unix:///var/run/docker.sock oder tcp://host:2376</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>&amp;TLS verwenden</translation>
    </message>
    <message>
        <source>&amp;Verify server certificate</source>
        <translation>Server-Zertifikat &amp;prüfen</translation>
    </message>
    <message>
        <source>The daemon&apos;s identity will not be checked</source>
        <translation>Die Identität des Daemons wird nicht geprüft</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Default: %1/ca.pem</source>
        <extracomment>%1 is a directory</extracomment>
        <translation>Standard: %1/ca.pem</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Default: %1/cert.pem if present</source>
        <translation>Standard: %1/cert.pem, falls vorhanden</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Default: %1/key.pem if present</source>
        <translation>Standard: %1/key.pem, falls vorhanden</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Currently %1, from %2</source>
        <extracomment>%1 is an endpoint description, %2 where it came from (DOCKER_HOST, a context, default)</extracomment>
        <translation>Derzeit %1, aus %2</translation>
    </message>
    <message>
        <source>default — DOCKER_HOST or %1</source>
        <extracomment>the docker CLI&apos;s built-in context: DOCKER_HOST or the default socket</extracomment>
        <translation>Standard — DOCKER_HOST oder %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a docker context name, %2 its daemon address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the daemon&apos;s address, for example unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation>Geben Sie die Adresse des Daemons ein, zum Beispiel unix:///var/run/docker.sock oder tcp://host:2376.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(neues Profil)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is an endpoint such as unix:///var/run/docker.sock</extracomment>
        <translation>%1 wird kontaktiert…</translation>
    </message>
    <message>
        <source>Connected to %1: Docker Engine %2, API %3 (daemon supports up to %4).</source>
        <extracomment>%1 daemon name, %2 engine version, %3 API version used, %4 the daemon&apos;s highest API version</extracomment>
        <translation>Verbunden mit %1: Docker Engine %2, API %3 (der Daemon unterstützt bis %4).</translation>
    </message>
    <message>
        <source>Plain TCP: the traffic is not encrypted and the daemon&apos;s identity is not checked. Use TLS, or a unix socket.</source>
        <translation>Unverschlüsseltes TCP: Der Verkehr ist nicht verschlüsselt, und die Identität des Daemons wird nicht geprüft. Verwenden Sie TLS oder einen Unix-Socket.</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ContainersModel</name>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Killed for running out of memory</source>
        <translation>Wegen Speichermangel beendet</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Running (healthy)</source>
        <translation>Läuft (gesund)</translation>
    </message>
    <message>
        <source>Running (unhealthy)</source>
        <translation>Läuft (ungesund)</translation>
    </message>
    <message>
        <source>Running (health: starting)</source>
        <translation>Läuft (Zustand: startet)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <extracomment>%1 is the exit code of the container&apos;s main process</extracomment>
        <translation>Beendet (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Include &amp;passed results</source>
        <translation>&amp;Bestandene Ergebnisse einschließen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>HTML page (self-contained)</source>
        <translation>HTML-Seite (eigenständig)</translation>
    </message>
    <message>
        <source>JSON report (hullcheck-report/1)</source>
        <translation>JSON-Bericht (hullcheck-report/1)</translation>
    </message>
    <message>
        <source>CSV, one row per result</source>
        <translation>CSV, eine Zeile je Ergebnis</translation>
    </message>
    <message>
        <source>SARIF 2.1.0</source>
        <translation>SARIF 2.1.0</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>JUnit-XML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FilePathEdit</name>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FindingsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>CIS</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FindingsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Problems only</source>
        <extracomment>status filter: fail and warn results</extracomment>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Ausnehmen…</translation>
    </message>
    <message>
        <source>Filter results…</source>
        <translation>Ergebnisse filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by CIS section</source>
        <translation>Nach CIS-Abschnitt gruppieren</translation>
    </message>
    <message>
        <source>Group by object</source>
        <translation>Nach Objekt gruppieren</translation>
    </message>
    <message>
        <source>Accept this result: add a waiver to the policy file</source>
        <translation>Dieses Ergebnis akzeptieren: eine Ausnahme in die Richtliniendatei eintragen</translation>
    </message>
    <message>
        <source>Select a result to see its evidence, rationale and remediation.</source>
        <translation>Wählen Sie ein Ergebnis, um Nachweis, Begründung und Abhilfe zu sehen.</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation>Ergebnisdetails</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 von %n angezeigt</numerusform>
            <numerusform>%1 von %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>Repair this result: change the container now, or get the command or file that fixes it</source>
        <translation>Dieses Ergebnis beheben: den Container jetzt ändern oder den Befehl bzw. die Datei erhalten, die es behebt</translation>
    </message>
    <message>
        <source>The selected results belong to different rules (%1): select results of one rule to fix them together.</source>
        <extracomment>%1 the rule ids of the selection</extracomment>
        <translation>Die gewählten Ergebnisse gehören zu verschiedenen Regeln (%1): Wählen Sie Ergebnisse einer einzigen Regel, um sie gemeinsam zu beheben.</translation>
    </message>
    <message>
        <source>This result has nothing to fix: it passes, or no fix is known for it.</source>
        <translation>Für dieses Ergebnis gibt es nichts zu beheben: Es ist bestanden, oder es ist keine Korrektur dafür bekannt.</translation>
    </message>
    <message>
        <source>Some selected results have nothing to fix (they pass, or no fix is known): select only the failing ones.</source>
        <translation>Für einige gewählte Ergebnisse gibt es nichts zu beheben (sie sind bestanden, oder es ist keine Korrektur bekannt): Wählen Sie nur die fehlgeschlagenen.</translation>
    </message>
    <message numerus="yes">
        <source>Repair the %n selected results together: one change for every object</source>
        <translation>
            <numerusform>Das %n gewählte Ergebnis beheben: eine Änderung für jedes Objekt</numerusform>
            <numerusform>Die %n gewählten Ergebnisse gemeinsam beheben: eine Änderung für jedes Objekt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FixDialog</name>
    <message>
        <source>docker run command</source>
        <translation>docker-run-Befehl</translation>
    </message>
    <message>
        <source>Compose service</source>
        <translation>Compose-Dienst</translation>
    </message>
    <message>
        <source>daemon.json patch</source>
        <translation>daemon.json-Patch</translation>
    </message>
    <message>
        <source>Shell commands</source>
        <translation>Shell-Befehle</translation>
    </message>
    <message>
        <source>Dockerfile lines</source>
        <translation>Dockerfile-Zeilen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Fix Result</source>
        <translation>Ergebnis beheben</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>API change</source>
        <translation>API-Änderung</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Gleichwertiger Befehl</translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation>Speicher&amp;grenze:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>CPU &amp;shares:</source>
        <translation>CPU-Ant&amp;eile:</translation>
    </message>
    <message>
        <source>&amp;PIDs limit:</source>
        <translation>&amp;PID-Grenze:</translation>
    </message>
    <message>
        <source>&amp;Restart retries:</source>
        <translation>&amp;Neustartversuche:</translation>
    </message>
    <message>
        <source>API change:</source>
        <translation>API-Änderung:</translation>
    </message>
    <message>
        <source>Equivalent command:</source>
        <translation>Gleichwertiger Befehl:</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the fix (e.g. &quot;Limit memory to 512m&quot;), %2 the object&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Change the running container %1 now?

%2

This is the same as:
%3</source>
        <extracomment>%1 the container&apos;s name, %2 the change (e.g. &quot;Limit memory to 512m&quot;), %3 the docker update command</extracomment>
        <translation>Den laufenden Container %1 jetzt ändern?

%2

Das entspricht:
%3</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Save Fix</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>a resource limit that is not set</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <extracomment>%1 a number of CPUs, e.g. 1.5</extracomment>
        <translation>%1 CPUs</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n Results</source>
        <translation>
            <numerusform>%n Ergebnis beheben</numerusform>
            <numerusform>%n Ergebnisse beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Objects to change</source>
        <translation>Zu ändernde Objekte</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n objects</source>
        <extracomment>%1 the fix (e.g. &quot;Limit memory to 512m&quot;), %n the number of objects</extracomment>
        <translation>
            <numerusform>%1 — %n Objekt</numerusform>
            <numerusform>%1 — %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the object&apos;s name, %2 its rule ids</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n objects</source>
        <extracomment>%1 the kind of artefact (e.g. &quot;docker run command&quot;), %n the number of objects</extracomment>
        <translation>
            <numerusform>%1 für %n Objekt</numerusform>
            <numerusform>%1 für %n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n running containers now?

%1

This is the same as:
%2</source>
        <extracomment>%n the number of containers, %1 the change (e.g. &quot;Limit memory to 512m&quot;), %2 the docker update commands</extracomment>
        <translation>
            <numerusform>%n laufenden Container jetzt ändern?

%1

Das entspricht:
%2</numerusform>
            <numerusform>%n laufende Container jetzt ändern?

%1

Das entspricht:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <extracomment>%1 the rule&apos;s new status after the rescan (Pass, Fail, ...)</extracomment>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n object(s); the results are scanned again.</source>
        <translation>
            <numerusform>Auf %n Objekt angewendet; die Ergebnisse werden erneut geprüft.</numerusform>
            <numerusform>Auf %n Objekte angewendet; die Ergebnisse werden erneut geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1 of %2 objects.
%3</source>
        <extracomment>%1 how many were changed, %2 how many were tried, %3 the daemon&apos;s messages, one per line</extracomment>
        <translation>Auf %1 von %2 Objekten angewendet.
%3</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ImagesModel</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>&lt;none&gt;</source>
        <translation>&lt;keine&gt;</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::InventoryModel</name>
    <message>
        <source>%1 fail</source>
        <extracomment>count of fail results of one object, as in &quot;2 fail · 3 warn&quot;</extracomment>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 warn</source>
        <extracomment>count of warn results of one object, as in &quot;2 fail · 3 warn&quot;</extracomment>
        <translation>%1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), worst: %1</source>
        <extracomment>%1 the worst status of the object&apos;s results</extracomment>
        <translation>
            <numerusform>%n Ergebnis, schlechtestes: %1</numerusform>
            <numerusform>%n Ergebnisse, schlechtestes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::InventoryPage</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Benchmark results of the selected object</source>
        <translation>Benchmark-Ergebnisse des gewählten Objekts</translation>
    </message>
    <message>
        <source>Select a row to see its inspect data. Environment values are redacted.</source>
        <translation>Wählen Sie eine Zeile, um ihre Inspect-Daten zu sehen. Umgebungswerte sind geschwärzt.</translation>
    </message>
    <message>
        <source>Inspect data</source>
        <translation>Inspect-Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 von %n angezeigt</numerusform>
            <numerusform>%1 von %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Environment of the selected object</source>
        <translation>Umgebung des gewählten Objekts</translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation>Wert &amp;aufdecken</translation>
    </message>
    <message>
        <source>Show the selected variables&apos; values here until another object is selected</source>
        <translation>Die Werte der gewählten Variablen hier zeigen, bis ein anderes Objekt gewählt wird</translation>
    </message>
    <message>
        <source>Reveal &amp;All Values</source>
        <translation>&amp;Alle Werte aufdecken</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>•••••• (hidden)</source>
        <extracomment>stands for a hidden environment value</extracomment>
        <translation>•••••• (verborgen)</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::LabelsModel</name>
    <message>
        <source>container %1</source>
        <extracomment>a label&apos;s carrier in the Labels table: %1 a container name</extracomment>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <extracomment>%1 an image tag or short id</extracomment>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>%1 a network name</extracomment>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>volume %1</source>
        <extracomment>%1 a volume name</extracomment>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>a label the policy requires, which some objects lack</extracomment>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>a label the policy requires, carried by these objects</extracomment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>a label the policy does not ask for</extracomment>
        <translation>Label</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>The policy requires the label %1; these objects do not carry it.</source>
        <extracomment>%1 a label key</extracomment>
        <translation>Die Richtlinie verlangt das Label %1; diese Objekte tragen es nicht.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Carried by / missing on</source>
        <translation>Getragen von / fehlt bei</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::LabelsPage</name>
    <message>
        <source>&amp;Missing required labels only</source>
        <translation>Nur &amp;fehlende Pflicht-Labels</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Select a label to list the objects that carry it, or miss it.</source>
        <translation>Wählen Sie ein Label, um die Objekte aufzulisten, die es tragen oder denen es fehlt.</translation>
    </message>
    <message>
        <source>Objects of the selected label</source>
        <translation>Objekte des gewählten Labels</translation>
    </message>
    <message>
        <source>Objects without the required label %1:</source>
        <extracomment>%1 a label key, %2 its value</extracomment>
        <translation>Objekte ohne das Pflicht-Label %1:</translation>
    </message>
    <message>
        <source>Objects labelled %1=%2:</source>
        <translation>Objekte mit dem Label %1=%2:</translation>
    </message>
    <message>
        <source>The policy requires no labels</source>
        <translation>Die Richtlinie verlangt keine Labels</translation>
    </message>
    <message numerus="yes">
        <source>Required: %1 · %n missing</source>
        <extracomment>%1 the label keys the policy requires, %2 how many of them some objects lack</extracomment>
        <translation>
            <numerusform>Erforderlich: %1 · %n fehlt</numerusform>
            <numerusform>Erforderlich: %1 · %n fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::MainWindow</name>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>Snapshot &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the shown snapshot, readable only by you</source>
        <translation>Den angezeigten Snapshot speichern, nur für Sie lesbar</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the results as PDF, HTML, JSON, CSV, SARIF, JUnit or Markdown</source>
        <translation>Die Ergebnisse als PDF, HTML, JSON, CSV, SARIF, JUnit oder Markdown schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Hullcheck</source>
        <translation>Hullcheck beenden</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Choose the Docker daemon to scan</source>
        <translation>Den zu prüfenden Docker-Daemon wählen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Collect a fresh snapshot from the daemon</source>
        <translation>Einen neuen Snapshot vom Daemon holen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running collection</source>
        <translation>Die laufende Erfassung anhalten</translation>
    </message>
    <message>
        <source>Choose &amp;Policy…</source>
        <translation>&amp;Richtlinie wählen…</translation>
    </message>
    <message>
        <source>Choose the policy file (waivers, thresholds) the benchmark uses</source>
        <translation>Die Richtliniendatei (Ausnahmen, Schwellen) für den Benchmark wählen</translation>
    </message>
    <message>
        <source>Use &amp;No Policy</source>
        <translation>&amp;Keine Richtlinie verwenden</translation>
    </message>
    <message>
        <source>Run every rule with its defaults</source>
        <translation>Jede Regel mit ihren Standardwerten ausführen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Snapshot</source>
        <translation>&amp;Demo-Snapshot öffnen</translation>
    </message>
    <message>
        <source>Show a snapshot of a sample daemon that comes with Hullcheck</source>
        <translation>Einen Snapshot eines Beispiel-Daemons anzeigen, der Hullcheck beiliegt</translation>
    </message>
    <message>
        <source>&amp;About Hullcheck</source>
        <translation>Über &amp;Hullcheck</translation>
    </message>
    <message>
        <source>Show Hullcheck&apos;s version</source>
        <translation>Die Version von Hullcheck anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>D&amp;aemon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Anderswo speichern…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Elsewhere…</source>
        <translation>Anderswo exportieren…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Collected %n container(s) in %1</source>
        <extracomment>%1 is a duration such as &quot;1.2 s&quot;</extracomment>
        <translation>
            <numerusform>%n Container in %1 erfasst</numerusform>
            <numerusform>%n Container in %1 erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Still showing the snapshot collected %2.</source>
        <extracomment>%1 is the reason the collection failed, %2 when the data still shown was collected</extracomment>
        <translation>%1
Es wird weiter der Snapshot vom %2 angezeigt.</translation>
    </message>
    <message>
        <source>Open Demo Snapshot</source>
        <translation>Demo-Snapshot öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Choose Policy…</source>
        <translation>Richtlinie wählen…</translation>
    </message>
    <message>
        <source>Choose Policy</source>
        <translation>Richtlinie wählen</translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml)</source>
        <translation>Richtliniendateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create Policy File</source>
        <translation>Richtliniendatei anlegen</translation>
    </message>
    <message>
        <source>Waiver added to %1</source>
        <translation>Ausnahme zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>progress in the status bar: %1 is a stage such as &quot;Inspecting containers&quot;, %2/%3 objects done/total</extracomment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Connecting to the daemon</source>
        <translation>Verbindung zum Daemon wird hergestellt</translation>
    </message>
    <message>
        <source>Hullcheck</source>
        <translation>Hullcheck</translation>
    </message>
    <message>
        <source>Hullcheck — %1</source>
        <extracomment>%1 is the daemon&apos;s name and engine version</extracomment>
        <translation>Hullcheck — %1</translation>
    </message>
    <message>
        <source>Hullcheck — %1 (snapshot from %2)</source>
        <extracomment>%1 is the daemon&apos;s name and engine version, %2 when the snapshot was collected</extracomment>
        <translation>Hullcheck — %1 (Snapshot vom %2)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Daemon &amp;&amp; Host (%1)</source>
        <translation>Daemon &amp;&amp; Host (%1)</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Container (%1)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Networks (%1)</source>
        <translation>Netzwerke (%1)</translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation>Volumes (%1)</translation>
    </message>
    <message>
        <source>This snapshot was collected without verifying the daemon&apos;s identity: its TLS certificate was not checked, so the data may come from an impostor.</source>
        <translation>Dieser Snapshot wurde ohne Prüfung der Identität des Daemons erfasst: Sein TLS-Zertifikat wurde nicht geprüft, die Daten können also von einem Betrüger stammen.</translation>
    </message>
    <message>
        <source>The daemon&apos;s identity is not verified: its TLS certificate is not checked, so the data shown may come from an impostor. Turn on certificate verification in Connect….</source>
        <translation>Die Identität des Daemons ist nicht geprüft: Sein TLS-Zertifikat wird nicht geprüft, die angezeigten Daten können also von einem Betrüger stammen. Schalten Sie die Zertifikatsprüfung unter Verbinden… ein.</translation>
    </message>
    <message>
        <source>This snapshot was collected over plain TCP: the connection was neither encrypted nor authenticated, so the data may have been read or altered on the network.</source>
        <translation>Dieser Snapshot wurde über unverschlüsseltes TCP erfasst: Die Verbindung war weder verschlüsselt noch authentifiziert, die Daten können also im Netzwerk mitgelesen oder verändert worden sein.</translation>
    </message>
    <message>
        <source>The connection to the daemon is neither encrypted nor authenticated (plain TCP). Anyone on the network can read or alter the data shown. Use TLS with verification.</source>
        <translation>Die Verbindung zum Daemon ist weder verschlüsselt noch authentifiziert (unverschlüsseltes TCP). Jeder im Netzwerk kann die angezeigten Daten lesen oder verändern. Verwenden Sie TLS mit Prüfung.</translation>
    </message>
    <message>
        <source>Hullcheck snapshots (*.json)</source>
        <translation>Hullcheck-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>Hullcheck %1

A security dashboard for Docker hosts.

Qt %2
%3</source>
        <extracomment>%1 Hullcheck&apos;s version, %2 the Qt version, %3 the HTTP/TLS library versions</extracomment>
        <translation>Hullcheck %1

Ein Sicherheits-Dashboard für Docker-Hosts.

Qt %2
%3</translation>
    </message>
    <message>
        <source>About Hullcheck</source>
        <translation>Über Hullcheck</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show a snapshot saved earlier, or the results of a JSON report</source>
        <translation>Einen früher gespeicherten Snapshot oder die Ergebnisse eines JSON-Berichts anzeigen</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Connect with a saved profile (add profiles in Connect…)</source>
        <translation>Mit einem gespeicherten Profil verbinden (Profile unter Verbinden… anlegen)</translation>
    </message>
    <message>
        <source>This is a report: it holds the benchmark results and the daemon&apos;s identity, but no inventory of objects. Open a snapshot or connect to a daemon to browse them.</source>
        <translation>Dies ist ein Bericht: Er enthält die Benchmark-Ergebnisse und die Identität des Daemons, aber kein Objektinventar. Öffnen Sie einen Snapshot oder verbinden Sie sich mit einem Daemon, um die Objekte zu durchsuchen.</translation>
    </message>
    <message>
        <source>Hullcheck — %1 (report on the snapshot from %2)</source>
        <extracomment>%1 is the daemon&apos;s name and engine version, %2 when its snapshot was collected</extracomment>
        <translation>Hullcheck — %1 (Bericht zum Snapshot vom %2)</translation>
    </message>
    <message>
        <source>Open Snapshot or Report</source>
        <translation>Snapshot oder Bericht öffnen</translation>
    </message>
    <message>
        <source>Hullcheck snapshots and JSON reports (*.json)</source>
        <translation>Hullcheck-Snapshots und JSON-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Labels (%1 missing)</source>
        <extracomment>%1 how many required labels some objects lack</extracomment>
        <translation>Labels (%1 fehlend)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>This snapshot was opened from a file: Hullcheck is not connected to its daemon and cannot change the container. Run this command on a machine that can reach the daemon instead.</source>
        <translation>Dieser Snapshot wurde aus einer Datei geöffnet: Hullcheck ist nicht mit seinem Daemon verbunden und kann den Container nicht ändern. Führen Sie diesen Befehl stattdessen auf einem Rechner aus, der den Daemon erreicht.</translation>
    </message>
    <message>
        <source>Hullcheck is not connected to a daemon. Run this command on a machine that can reach it.</source>
        <translation>Hullcheck ist nicht mit einem Daemon verbunden. Führen Sie diesen Befehl auf einem Rechner aus, der ihn erreicht.</translation>
    </message>
    <message>
        <source>Could not fix %1: %2</source>
        <extracomment>%1 the container, %2 the daemon&apos;s message</extracomment>
        <translation>%1 konnte nicht behoben werden: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 is now %4</source>
        <extracomment>%1 the change, %2 the container, %3 the rule id, %4 its new status (Pass, Fail, ...)</extracomment>
        <translation>%1 an %2: %3 ist jetzt %4</translation>
    </message>
    <message>
        <source>Applying the fix to %1…</source>
        <translation>Korrektur wird auf %1 angewendet…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Die Sprache der Oberfläche wählen</translation>
    </message>
    <message>
        <source>Fixed %1 of %2 objects</source>
        <translation>%1 von %2 Objekten behoben</translation>
    </message>
    <message numerus="yes">
        <source>Applying the fix to %n objects…</source>
        <translation>
            <numerusform>Korrektur wird auf %n Objekt angewendet…</numerusform>
            <numerusform>Korrektur wird auf %n Objekte angewendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::NetworksModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::OverviewPage</name>
    <message>
        <source>Not needed (local socket)</source>
        <translation>Nicht nötig (lokaler Socket)</translation>
    </message>
    <message>
        <source>Off: plain TCP, unencrypted and unauthenticated</source>
        <translation>Aus: unverschlüsseltes TCP, ohne Authentifizierung</translation>
    </message>
    <message>
        <source>On, but the server certificate is NOT verified</source>
        <translation>An, aber das Server-Zertifikat wird NICHT geprüft</translation>
    </message>
    <message>
        <source>On, server certificate verified</source>
        <translation>An, Server-Zertifikat geprüft</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>No failing objects</source>
        <translation>Keine fehlgeschlagenen Objekte</translation>
    </message>
    <message>
        <source>No data yet. Connect to a Docker daemon or open a saved snapshot.</source>
        <translation>Noch keine Daten. Verbinden Sie sich mit einem Docker-Daemon oder öffnen Sie einen gespeicherten Snapshot.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Engine version:</source>
        <translation>Engine-Version:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Root directory:</source>
        <translation>Wurzelverzeichnis:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Server-Zertifikat:</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Gewählt durch:</translation>
    </message>
    <message>
        <source>Collected at:</source>
        <translation>Erfasst am:</translation>
    </message>
    <message>
        <source>Collection time:</source>
        <translation>Erfassungsdauer:</translation>
    </message>
    <message>
        <source>Snapshot file:</source>
        <translation>Snapshot-Datei:</translation>
    </message>
    <message>
        <source>Collection warnings</source>
        <translation>Warnungen der Erfassung</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Fail results by severity:</source>
        <translation>Fehlgeschlagene Ergebnisse nach Schweregrad:</translation>
    </message>
    <message>
        <source>Results by CIS section and status</source>
        <translation>Ergebnisse nach CIS-Abschnitt und Status</translation>
    </message>
    <message>
        <source>Riskiest containers</source>
        <translation>Riskanteste Container</translation>
    </message>
    <message>
        <source>Riskiest images</source>
        <translation>Riskanteste Images</translation>
    </message>
    <message>
        <source>%1 rules (pack %2)
%3</source>
        <extracomment>under the score: %1 rules run, %2 the rule pack&apos;s version, %3 the policy file or &quot;no policy&quot;</extracomment>
        <translation>%1 Regeln (Paket %2)
%3</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>Docker Engine %1 · %2 · collected %3</source>
        <extracomment>%1 engine version, %2 operating system, %3 date and time</extracomment>
        <translation>Docker Engine %1 · %2 · erfasst %3</translation>
    </message>
    <message>
        <source>%1 negotiated, server %2</source>
        <extracomment>%1 the API version Hullcheck used, %2 the newest one the daemon supports</extracomment>
        <translation>%1 ausgehandelt, Server %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 operating system, %2 CPU architecture</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ScoreRing</name>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>No score</source>
        <extracomment>accessible description of the score ring, %1 the score</extracomment>
        <translation>Keine Wertung</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Wertung %1 von 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <extracomment>under the score in the ring: the score is out of 100</extracomment>
        <translation>von 100</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::SettingsDialog</name>
    <message>
        <source>The new language takes effect after Hullcheck is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Hullcheck.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the timeout value (seconds)</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a scan waits for each answer of the daemon before it reports the daemon as not answering. Applies from the next scan.</source>
        <translation>Wie lange eine Prüfung auf jede Antwort des Daemons wartet, bevor sie ihn als nicht antwortend meldet. Gilt ab der nächsten Prüfung.</translation>
    </message>
    <message>
        <source>Daemon &amp;timeout:</source>
        <translation>Daemon-&amp;Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::VolumesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::WaiverDialog</name>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>Waive Result</source>
        <translation>Ergebnis ausnehmen</translation>
    </message>
    <message>
        <source>Accept “%1” (%2). The waiver is added to %3.</source>
        <extracomment>%1 the rule&apos;s title, %2 its id, %3 the policy file</extracomment>
        <translation>„%1“ (%2) akzeptieren. Die Ausnahme wird in %3 eingetragen.</translation>
    </message>
    <message>
        <source>The object&apos;s name, or a glob such as web-* (* for every object)</source>
        <translation>Der Name des Objekts oder ein Muster wie web-* (* für jedes Objekt)</translation>
    </message>
    <message>
        <source>Why this is accepted, e.g. a ticket</source>
        <translation>Warum dies akzeptiert wird, z. B. ein Ticket</translation>
    </message>
    <message>
        <source>Who accepted it (optional)</source>
        <translation>Wer es akzeptiert hat (optional)</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Genehmigt von:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Ausnehmen</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::formatting</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>1 Host configuration</source>
        <translation>1 Host-Konfiguration</translation>
    </message>
    <message>
        <source>2 Docker daemon configuration</source>
        <translation>2 Konfiguration des Docker-Daemons</translation>
    </message>
    <message>
        <source>3 Docker daemon configuration files</source>
        <translation>3 Konfigurationsdateien des Docker-Daemons</translation>
    </message>
    <message>
        <source>4 Container images and build file</source>
        <translation>4 Container-Images und Build-Datei</translation>
    </message>
    <message>
        <source>5 Container runtime</source>
        <translation>5 Container-Laufzeit</translation>
    </message>
    <message>
        <source>6 Docker security operations</source>
        <translation>6 Docker-Sicherheitsbetrieb</translation>
    </message>
    <message>
        <source>7 Docker Swarm configuration</source>
        <translation>7 Docker-Swarm-Konfiguration</translation>
    </message>
    <message>
        <source>Hullcheck practices</source>
        <translation>Hullcheck-Praktiken</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security dashboard for Docker hosts.</source>
        <translation>Sicherheits-Dashboard für Docker-Hosts.</translation>
    </message>
    <message>
        <source>Daemon socket to connect to.</source>
        <translation>Daemon-Socket, mit dem verbunden wird.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation>Zu verwendender Docker-Kontext.</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Open a saved snapshot instead of connecting to a daemon.</source>
        <translation>Einen gespeicherten Snapshot öffnen, statt sich mit einem Daemon zu verbinden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <extracomment>%1 lists the page names</extracomment>
        <translation>Zuerst anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>With --snapshot: once its scan has finished, save a picture of the window (1400x900) to this PNG file and quit.</source>
        <translation>Mit --snapshot: nach Abschluss der Prüfung ein Bild des Fensters (1400x900) in diese PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>--screenshot needs --snapshot FILE.</source>
        <translation>--screenshot braucht --snapshot DATEI.</translation>
    </message>
    <message>
        <source>unknown --tab &quot;%1&quot;; use one of %2.</source>
        <translation>unbekannter --tab „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
</TS>
