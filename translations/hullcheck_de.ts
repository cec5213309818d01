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
        <source>The daemon at %1 did not answer within %2 s. It may be overloaded or stuck, or a firewall drops the traffic; if it is only slow, give it more time (hullcheck-cli --timeout).</source>
        <translation>Der Daemon unter %1 hat nicht innerhalb von %2 s geantwortet. Er ist vielleicht überlastet oder hängt, oder eine Firewall verwirft den Verkehr; wenn er nur langsam ist, geben Sie ihm mehr Zeit (hullcheck-cli --timeout).</translation>
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
