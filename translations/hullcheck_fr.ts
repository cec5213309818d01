<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>hullcheck::core::ApiVersion</name>
    <message>
        <source>The daemon announced an API version Hullcheck cannot read (&quot;%1&quot;).</source>
        <translation>Le démon a annoncé une version d’API que Hullcheck ne sait pas lire (« %1 »).</translation>
    </message>
    <message>
        <source>The daemon speaks Engine API %1, older than the %2 Hullcheck needs (Docker Engine 19.03). Upgrade the daemon.</source>
        <translation>Le démon parle l’API Engine %1, plus ancienne que la %2 requise par Hullcheck (Docker Engine 19.03). Mettez le démon à jour.</translation>
    </message>
    <message>
        <source>The daemon requires Engine API %1 or newer; this Hullcheck speaks up to %2. Update Hullcheck.</source>
        <translation>Le démon exige l’API Engine %1 ou plus récente ; ce Hullcheck parle jusqu’à %2. Mettez Hullcheck à jour.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CertificateFile</name>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>il ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>its PEM certificate is not valid base64</source>
        <translation>son certificat PEM n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>its certificate is not a well-formed X.509 certificate</source>
        <translation>son certificat n’est pas un certificat X.509 bien formé</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CliRunner</name>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation>--concurrency attend un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: %1
</source>
        <translation>hullcheck-cli : avertissement : %1
</translation>
    </message>
    <message>
        <source>hullcheck-cli: %1
</source>
        <translation>hullcheck-cli : %1
</translation>
    </message>
    <message>
        <source>hullcheck-cli %1
Engine API %2 to %3
%4
</source>
        <translation>hullcheck-cli %1
API Engine %2 à %3
%4
</translation>
    </message>
    <message>
        <source>no command given; try &quot;hullcheck-cli scan&quot; or &quot;hullcheck-cli snapshot&quot;.</source>
        <translation>aucune commande donnée ; essayez « hullcheck-cli scan » ou « hullcheck-cli snapshot ».</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help.</source>
        <translation>commande inconnue « %1 » ; essayez --help.</translation>
    </message>
    <message>
        <source>--snapshot belongs to &quot;scan&quot;; &quot;snapshot&quot; collects from a daemon.</source>
        <translation>--snapshot va avec « scan » ; « snapshot » collecte depuis un démon.</translation>
    </message>
    <message>
        <source>Snapshot of %1 written to %2: %3 containers, %4 images, %5 networks, %6 volumes (%7 ms).
</source>
        <translation>Instantané de %1 écrit dans %2 : %3 conteneurs, %4 images, %5 réseaux, %6 volumes (%7 ms).
</translation>
    </message>
    <message>
        <source>--include-passed and --no-passed exclude each other.</source>
        <translation>--include-passed et --no-passed s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page-size attend a4 ou letter, pas « %1 ».</translation>
    </message>
    <message>
        <source>--format %1 writes a binary file: give it with -o FILE.</source>
        <translation>--format %1 écrit un fichier binaire : indiquez-le avec -o FICHIER.</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use one of %2.</source>
        <translation>--format « %1 » inconnu ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>--fail-on needs critical, high, medium or low, not &quot;%1&quot;.</source>
        <translation>--fail-on attend critical, high, medium ou low, pas « %1 ».</translation>
    </message>
    <message>
        <source>Scan of %1: score %2/100; %3 fail, %4 warn, %5 pass, %6 info, %7 skip, %8 waived. Report: %9
</source>
        <translation>Analyse de %1 : score %2/100 ; %3 échec, %4 avertissement, %5 réussite, %6 info, %7 ignoré, %8 dérogation. Rapport : %9
</translation>
    </message>
    <message>
        <source>--%1 does not take &quot;%2&quot;.</source>
        <translation>--%1 n’accepte pas « %2 ».</translation>
    </message>
    <message>
        <source>--plan and --apply exclude each other.</source>
        <translation>--plan et --apply s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>fix --apply needs --rule ID and --target NAME: it changes one object at a time.</source>
        <translation>fix --apply exige --rule ID et --target NOM : il modifie un objet à la fois.</translation>
    </message>
    <message>
        <source>fix --apply changes a live daemon; --snapshot only works with --plan.</source>
        <translation>fix --apply modifie un démon en service ; --snapshot ne fonctionne qu’avec --plan.</translation>
    </message>
    <message>
        <source>Nothing to fix: no failing result matches.
</source>
        <translation>Rien à corriger : aucun résultat en échec ne correspond.
</translation>
    </message>
    <message>
        <source>no live fix for %1 on %2: the result does not fail there, or it can only be fixed by recreating the object (see fix --plan).</source>
        <translation>pas de correction à chaud pour %1 sur %2 : le résultat n’y échoue pas, ou il ne se corrige qu’en recréant l’objet (voir fix --plan).</translation>
    </message>
    <message>
        <source>not changing %1 without confirmation: standard input is not a terminal; add --yes.</source>
        <translation>%1 n’est pas modifié sans confirmation : l’entrée standard n’est pas un terminal ; ajoutez --yes.</translation>
    </message>
    <message>
        <source>Apply this change to %1? [y/N] </source>
        <translation>Appliquer cette modification à %1 ? [y/N] </translation>
    </message>
    <message>
        <source>cancelled; nothing changed.</source>
        <translation>annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Applied to %1: %2
%3 on %1 is now: %4
Logged to %5
</source>
        <translation>Appliqué à %1 : %2
%3 sur %1 est maintenant : %4
Journalisé dans %5
</translation>
    </message>
    <message>
        <source>Daemon socket to connect to (unix:///path, tcp://host:port).</source>
        <translation>Socket du démon auquel se connecter (unix:///chemin, tcp://hôte:port).</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>point d’accès</translation>
    </message>
    <message>
        <source>Docker context to use (overrides DOCKER_HOST and the current context).</source>
        <translation>Contexte Docker à utiliser (prioritaire sur DOCKER_HOST et le contexte actuel).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Use TLS without verifying the daemon&apos;s certificate (unsafe).</source>
        <translation>Utiliser TLS sans vérifier le certificat du démon (dangereux).</translation>
    </message>
    <message>
        <source>Use TLS and verify the daemon&apos;s certificate.</source>
        <translation>Utiliser TLS et vérifier le certificat du démon.</translation>
    </message>
    <message>
        <source>Trust certs signed only by this CA.</source>
        <translation>Ne faire confiance qu’aux certificats signés par cette AC.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Path to the TLS client certificate.</source>
        <translation>Chemin du certificat client TLS.</translation>
    </message>
    <message>
        <source>Path to the TLS client key.</source>
        <translation>Chemin de la clé client TLS.</translation>
    </message>
    <message>
        <source>Location of the docker client config files (default ~/.docker).</source>
        <translation>Emplacement des fichiers de configuration du client docker (~/.docker par défaut).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer of the daemon (default 30).</source>
        <translation>Secondes d’attente pour chaque réponse du démon (30 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>snapshot: replace environment values by a placeholder in the file too (standard output is always redacted).</source>
        <translation>snapshot : remplacer aussi dans le fichier les valeurs d’environnement par un substitut (la sortie standard est toujours caviardée).</translation>
    </message>
    <message>
        <source>Parallel requests to the daemon (default 8).</source>
        <translation>Requêtes parallèles au démon (8 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Do not read host files and processes, even for a local daemon.</source>
        <translation>Ne pas lire les fichiers et processus de l’hôte, même pour un démon local.</translation>
    </message>
    <message>
        <source>scan: scan a saved snapshot instead of a daemon.</source>
        <translation>scan : analyser un instantané enregistré au lieu d’un démon.</translation>
    </message>
    <message>
        <source>scan: report format: json, html, pdf, csv, sarif, junit or md (default json).</source>
        <translation>scan : format du rapport : json, html, pdf, csv, sarif, junit ou md (json par défaut).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>scan: list passed results one by one (default for csv, sarif, junit).</source>
        <translation>scan : lister un à un les résultats réussis (par défaut pour csv, sarif, junit).</translation>
    </message>
    <message>
        <source>scan: count passed results per rule but do not list them (default for html, pdf, md; json always lists every result).</source>
        <translation>scan : compter les résultats réussis par règle sans les lister (par défaut pour html, pdf, md ; json liste toujours chaque résultat).</translation>
    </message>
    <message>
        <source>scan: PDF page size, a4 or letter (default a4).</source>
        <translation>scan : format de page PDF, a4 ou letter (a4 par défaut).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>scan: policy file (YAML).</source>
        <translation>scan : fichier de politique (YAML).</translation>
    </message>
    <message>
        <source>scan: rule packs from this directory instead of the built-in ones.</source>
        <translation>scan : paquets de règles de ce répertoire au lieu des paquets intégrés.</translation>
    </message>
    <message>
        <source>scan: exit 1 when a result fails at this severity or above (critical, high, medium, low).</source>
        <translation>scan : sortir avec 1 si un résultat échoue à cette gravité ou au-dessus (critical, high, medium, low).</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>fix: print the fixes (commands and patches); change nothing.</source>
        <translation>fix : afficher les corrections (commandes et correctifs) ; ne rien modifier.</translation>
    </message>
    <message>
        <source>fix: apply the live fix of --rule to --target, then rescan it.</source>
        <translation>fix : appliquer la correction à chaud de --rule à --target, puis le réanalyser.</translation>
    </message>
    <message>
        <source>fix: apply without asking.</source>
        <translation>fix : appliquer sans demander.</translation>
    </message>
    <message>
        <source>fix: only this rule (id or CIS id).</source>
        <translation>fix : seulement cette règle (id ou id CIS).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>fix: only this object (name or id).</source>
        <translation>fix : seulement cet objet (nom ou id).</translation>
    </message>
    <message>
        <source>fix: memory limit to propose, e.g. 512m (default 512m).</source>
        <translation>fix : limite de mémoire à proposer, par ex. 512m (512m par défaut).</translation>
    </message>
    <message>
        <source>fix: CPU limit to propose, e.g. 1.5 (default: shares).</source>
        <translation>fix : limite de CPU à proposer, par ex. 1.5 (par défaut : parts).</translation>
    </message>
    <message>
        <source>fix: CPU weight to propose (default 512).</source>
        <translation>fix : poids CPU à proposer (512 par défaut).</translation>
    </message>
    <message>
        <source>fix: process limit to propose (default 200).</source>
        <translation>fix : limite de processus à proposer (200 par défaut).</translation>
    </message>
    <message>
        <source>Hullcheck: how safe is this Docker host?

Commands:
  snapshot   Collect a snapshot of a daemon (JSON) for later or offline scans
  scan       Run the benchmark on a daemon or a saved snapshot and write the report
  fix        Print the fixes for failing results (--plan), or apply a live fix (--apply)</source>
        <translation>Hullcheck : cet hôte Docker est-il sûr ?

Commandes :
  snapshot   Collecter un instantané d’un démon (JSON) pour une analyse ultérieure ou hors ligne
  scan       Exécuter le benchmark sur un démon ou un instantané enregistré et écrire le rapport
  fix        Afficher les corrections des résultats en échec (--plan), ou appliquer une correction à chaud (--apply)</translation>
    </message>
    <message>
        <source>The command to run: snapshot, scan or fix.</source>
        <translation>La commande à exécuter : snapshot, scan ou fix.</translation>
    </message>
    <message>
        <source>fix: the fix log to append to; scan: the fix log to report (default in the application data directory).</source>
        <translation>fix : le journal des corrections à compléter ; scan : le journal des corrections à inclure dans le rapport (par défaut dans le répertoire de données de l’application).</translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: TLS verification of %1 is off (--tls without --tlsverify); the daemon&apos;s identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-TLS-VERIFY).
</source>
        <translation>hullcheck-cli : avertissement : la vérification TLS de %1 est désactivée (--tls sans --tlsverify) ; l’identité du démon n’est pas contrôlée. Une analyse signale ceci comme un constat critique (HC-CONNECTION-TLS-VERIFY).
</translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: %1 is plain TCP: the traffic is unencrypted and the daemon&apos;s identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-PLAIN-TCP).
</source>
        <translation>hullcheck-cli : avertissement : %1 est en TCP simple : le trafic n’est pas chiffré et l’identité du démon n’est pas contrôlée. Une analyse signale ceci comme un constat critique (HC-CONNECTION-PLAIN-TCP).
</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ConnectionChecks</name>
    <message>
        <source>group</source>
        <translation>le groupe</translation>
    </message>
    <message>
        <source>others</source>
        <translation>les autres</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>droits de %2 pour %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 (-&gt; %2)</source>
        <translation>%1 (-&gt; %2)</translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3</source>
        <translation>%1 : propriétaire %2, mode %3</translation>
    </message>
    <message>
        <source>the snapshot does not record the connection&apos;s files (it was saved by an older Hullcheck)</source>
        <translation>l’instantané ne contient pas les fichiers de la connexion (il a été enregistré par un Hullcheck plus ancien)</translation>
    </message>
    <message>
        <source>the connection uses no client key</source>
        <translation>la connexion n’utilise aucune clé client</translation>
    </message>
    <message>
        <source>%1 did not exist when the snapshot was taken</source>
        <translation>%1 n’existait pas lors de la prise de l’instantané</translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation>impossible d’examiner %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation>%1 n’est pas un fichier ordinaire (%2)</translation>
    </message>
    <message>
        <source>the rule&apos;s parameter &quot;forbidden&quot; is not an octal mode</source>
        <translation>le paramètre « forbidden » de la règle n’est pas un mode octal</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>the connection uses no client certificate</source>
        <translation>la connexion n’utilise aucun certificat client</translation>
    </message>
    <message>
        <source>cannot read the validity of %1: %2</source>
        <translation>impossible de lire la validité de %1 : %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 n’est pas valide avant le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2, in %n day(s)</source>
        <translation>
            <numerusform>%1 expire le %2, dans %n jour</numerusform>
            <numerusform>%1 expire le %2, dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>renew it before it expires</source>
        <translation>renouvelez-le avant son expiration</translation>
    </message>
    <message>
        <source>%1 is valid from %2 until %3</source>
        <translation>%1 est valide du %2 au %3</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ContainerChecks</name>
    <message>
        <source>volume %1 (a bind of a host path)</source>
        <translation>volume %1 (un bind d’un chemin de l’hôte)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>the image&apos;s Config.User</source>
        <translation>le Config.User de l’image</translation>
    </message>
    <message>
        <source>(empty: root)</source>
        <translation>(vide : root)</translation>
    </message>
    <message>
        <source>runs as root inside the container; the daemon maps it to an unprivileged host user (user namespaces or rootless mode)</source>
        <translation>s’exécute en root dans le conteneur ; le démon l’associe à un utilisateur non privilégié de l’hôte (espaces de noms utilisateur ou mode rootless)</translation>
    </message>
    <message>
        <source>runs as root</source>
        <translation>s’exécute en root</translation>
    </message>
    <message>
        <source>HostConfig.Privileged = true: every capability</source>
        <translation>HostConfig.Privileged = true : toutes les capacités</translation>
    </message>
    <message>
        <source>a privileged container has all capabilities</source>
        <translation>un conteneur privilégié dispose de toutes les capacités</translation>
    </message>
    <message>
        <source>CapDrop: none</source>
        <translation>CapDrop : aucune</translation>
    </message>
    <message>
        <source>dangerous capabilities added: %1</source>
        <translation>capacités dangereuses ajoutées : %1</translation>
    </message>
    <message>
        <source>capabilities beyond Docker&apos;s default set: %1</source>
        <translation>capacités hors de l’ensemble par défaut de Docker : %1</translation>
    </message>
    <message>
        <source>drops every capability and adds back only default ones</source>
        <translation>retire toutes les capacités et ne rajoute que des capacités par défaut</translation>
    </message>
    <message>
        <source>keeps Docker&apos;s default capability set; --cap-drop ALL with only the needed --cap-add is stronger</source>
        <translation>conserve l’ensemble de capacités par défaut de Docker ; --cap-drop ALL avec uniquement les --cap-add nécessaires est plus sûr</translation>
    </message>
    <message>
        <source>sensitive host paths are mounted; read-only does not protect credentials or sockets</source>
        <translation>des chemins sensibles de l’hôte sont montés ; la lecture seule ne protège ni les identifiants ni les sockets</translation>
    </message>
    <message>
        <source>sensitive host paths are mounted read-only</source>
        <translation>des chemins sensibles de l’hôte sont montés en lecture seule</translation>
    </message>
    <message>
        <source>no bind mounts</source>
        <translation>aucun montage bind</translation>
    </message>
    <message>
        <source>%1 bind mount(s), none of a sensitive host path</source>
        <translation>%1 montage(s) bind, aucun sur un chemin sensible de l’hôte</translation>
    </message>
    <message>
        <source>the daemon&apos;s socket</source>
        <translation>le socket du démon</translation>
    </message>
    <message>
        <source>an engine socket</source>
        <translation>un socket de moteur de conteneurs</translation>
    </message>
    <message>
        <source>a directory holding %1</source>
        <translation>un répertoire contenant %1</translation>
    </message>
    <message>
        <source>named like an engine socket</source>
        <translation>nommé comme un socket de moteur de conteneurs</translation>
    </message>
    <message>
        <source>the container can control the container engine and so the host</source>
        <translation>le conteneur peut contrôler le moteur de conteneurs, et donc l’hôte</translation>
    </message>
    <message>
        <source>no mount exposes %1</source>
        <translation>aucun montage n’expose %1</translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>port %1 is exposed</source>
        <translation>le port %1 est exposé</translation>
    </message>
    <message>
        <source>host PID namespace: cannot attribute processes</source>
        <translation>espace de noms PID de l’hôte : impossible d’attribuer les processus</translation>
    </message>
    <message>
        <source>not running; %1</source>
        <translation>à l’arrêt ; %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l’arrêt</translation>
    </message>
    <message>
        <source>the process list was not collected; %1</source>
        <translation>la liste des processus n’a pas été collectée ; %1</translation>
    </message>
    <message>
        <source>the process list was not collected</source>
        <translation>la liste des processus n’a pas été collectée</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>en cours d’exécution : %1</translation>
    </message>
    <message>
        <source>an SSH daemon runs in the container</source>
        <translation>un démon SSH s’exécute dans le conteneur</translation>
    </message>
    <message>
        <source>no %1 among %2 process(es)</source>
        <translation>aucun %1 parmi %2 processus</translation>
    </message>
    <message>
        <source>(any port)</source>
        <translation>(n’importe quel port)</translation>
    </message>
    <message>
        <source> (default address)</source>
        <translation> (adresse par défaut)</translation>
    </message>
    <message>
        <source>host network: the container&apos;s ports are the host&apos;s and are not published (see 5.10)</source>
        <translation>réseau de l’hôte : les ports du conteneur sont ceux de l’hôte et ne sont pas publiés (voir 5.10)</translation>
    </message>
    <message>
        <source>no published ports</source>
        <translation>aucun port publié</translation>
    </message>
    <message>
        <source>host ports below %1 are published</source>
        <translation>des ports de l’hôte inférieurs à %1 sont publiés</translation>
    </message>
    <message>
        <source>ports are published on every host interface</source>
        <translation>des ports sont publiés sur toutes les interfaces de l’hôte</translation>
    </message>
    <message>
        <source>review that every published port is needed</source>
        <translation>vérifiez que chaque port publié est nécessaire</translation>
    </message>
    <message>
        <source>host has no AppArmor</source>
        <translation>l’hôte n’a pas AppArmor</translation>
    </message>
    <message>
        <source>privileged: no AppArmor profile</source>
        <translation>privilégié : aucun profil AppArmor</translation>
    </message>
    <message>
        <source>no profile recorded: Docker applies docker-default at start</source>
        <translation>aucun profil enregistré : Docker applique docker-default au démarrage</translation>
    </message>
    <message>
        <source>runs without AppArmor confinement</source>
        <translation>s’exécute sans confinement AppArmor</translation>
    </message>
    <message>
        <source>host has no SELinux (the daemon reports no SELinux support)</source>
        <translation>l’hôte n’a pas SELinux (le démon n’indique aucune prise en charge de SELinux)</translation>
    </message>
    <message>
        <source> (added by Docker for %1)</source>
        <translation> (ajouté par Docker pour %1)</translation>
    </message>
    <message>
        <source>SELinux separation is disabled</source>
        <translation>la séparation SELinux est désactivée</translation>
    </message>
    <message>
        <source>no SELinux label</source>
        <translation>aucune étiquette SELinux</translation>
    </message>
    <message>
        <source>the container has no SELinux label</source>
        <translation>le conteneur n’a pas d’étiquette SELinux</translation>
    </message>
    <message>
        <source>HostConfig.Privileged = true: seccomp is not applied</source>
        <translation>HostConfig.Privileged = true : seccomp n’est pas appliqué</translation>
    </message>
    <message>
        <source>privileged containers run without seccomp</source>
        <translation>les conteneurs privilégiés s’exécutent sans seccomp</translation>
    </message>
    <message>
        <source>seccomp is disabled</source>
        <translation>seccomp est désactivé</translation>
    </message>
    <message>
        <source>custom seccomp profile (%1 characters)</source>
        <translation>profil seccomp personnalisé (%1 caractères)</translation>
    </message>
    <message>
        <source>a custom profile: review that it is at least as strict as Docker&apos;s default</source>
        <translation>un profil personnalisé : vérifiez qu’il est au moins aussi strict que le profil par défaut de Docker</translation>
    </message>
    <message>
        <source>no profile of its own; the daemon&apos;s default profile is unconfined</source>
        <translation>pas de profil propre ; le profil par défaut du démon est unconfined (sans confinement)</translation>
    </message>
    <message>
        <source>seccomp is disabled daemon-wide</source>
        <translation>seccomp est désactivé pour tout le démon</translation>
    </message>
    <message>
        <source>the daemon&apos;s default seccomp profile (%1)</source>
        <translation>le profil seccomp par défaut du démon (%1)</translation>
    </message>
    <message>
        <source>the daemon reports no seccomp support (no name=seccomp in SecurityOptions)</source>
        <translation>le démon n’indique aucune prise en charge de seccomp (pas de name=seccomp dans SecurityOptions)</translation>
    </message>
    <message>
        <source>explicitly allows gaining privileges (overrides the daemon default)</source>
        <translation>autorise explicitement l’acquisition de privilèges (prime sur le réglage par défaut du démon)</translation>
    </message>
    <message>
        <source>not set on the container; the daemon sets no-new-privileges for all</source>
        <translation>non défini sur le conteneur ; le démon applique no-new-privileges à tous</translation>
    </message>
    <message>
        <source>not set on the container</source>
        <translation>non défini sur le conteneur</translation>
    </message>
    <message>
        <source>the daemon default (--no-new-privileges) cannot be seen on a remote daemon</source>
        <translation>le réglage par défaut du démon (--no-new-privileges) n’est pas visible sur un démon distant</translation>
    </message>
    <message>
        <source>not set on the container, and the daemon does not set it by default</source>
        <translation>non défini sur le conteneur, et le démon ne l’applique pas par défaut</translation>
    </message>
    <message>
        <source>the container names no image</source>
        <translation>le conteneur ne désigne aucune image</translation>
    </message>
    <message>
        <source> (pinned by image ID)</source>
        <translation> (épinglée par ID d’image)</translation>
    </message>
    <message>
        <source> (pinned by digest)</source>
        <translation> (épinglée par digest)</translation>
    </message>
    <message>
        <source> (no tag: means :latest); runs image %1</source>
        <translation> (sans tag : signifie :latest) ; exécute l’image %1</translation>
    </message>
    <message>
        <source>not pinned: the image is whatever :latest was when the container was created</source>
        <translation>non épinglée : l’image est celle que désignait :latest à la création du conteneur</translation>
    </message>
    <message>
        <source>; runs image %1</source>
        <translation> ; exécute l’image %1</translation>
    </message>
    <message>
        <source>not pinned: :latest moves with every push</source>
        <translation>non épinglée : :latest change à chaque push</translation>
    </message>
    <message>
        <source>; runs image %1 but the tag now names image %2</source>
        <translation> ; exécute l’image %1, mais le tag désigne désormais l’image %2</translation>
    </message>
    <message>
        <source>the tag was moved: the container runs an older image</source>
        <translation>le tag a été déplacé : le conteneur exécute une image plus ancienne</translation>
    </message>
    <message>
        <source>; image %1 has no registry digest (built locally or loaded)</source>
        <translation> ; l’image %1 n’a pas de digest de registre (construite localement ou chargée)</translation>
    </message>
    <message>
        <source>pinned by tag only: without a registry digest the tag cannot be verified or pinned by digest</source>
        <translation>épinglée par tag uniquement : sans digest de registre, le tag ne peut être ni vérifié ni épinglé par digest</translation>
    </message>
    <message>
        <source>attached to network %1%2</source>
        <translation>rattaché au réseau %1%2</translation>
    </message>
    <message>
        <source> (bridge %1)</source>
        <translation> (bridge %1)</translation>
    </message>
    <message>
        <source>on the default bridge, where every container can reach every other</source>
        <translation>sur le bridge par défaut, où chaque conteneur peut joindre tous les autres</translation>
    </message>
    <message>
        <source>networks: %1</source>
        <translation>réseaux : %1</translation>
    </message>
    <message>
        <source>no networks</source>
        <translation>aucun réseau</translation>
    </message>
    <message>
        <source>one network: %1</source>
        <translation>un réseau : %1</translation>
    </message>
    <message>
        <source>%1 networks: %2</source>
        <translation>%1 réseaux : %2</translation>
    </message>
    <message>
        <source> (all internal)</source>
        <translation> (tous internes)</translation>
    </message>
    <message>
        <source>; not internal: %1</source>
        <translation> ; non internes : %1</translation>
    </message>
    <message>
        <source>joins several networks, at least one of them with outside access: it bridges them</source>
        <translation>rejoint plusieurs réseaux, dont au moins un avec accès à l’extérieur : il les relie entre eux</translation>
    </message>
    <message>
        <source>swarm task: restarts follow the service&apos;s restart policy</source>
        <translation>tâche swarm : les redémarrages suivent la politique de redémarrage du service</translation>
    </message>
    <message>
        <source>restart policy: no</source>
        <translation>politique de redémarrage : no</translation>
    </message>
    <message>
        <source>restart policy: %1</source>
        <translation>politique de redémarrage : %1</translation>
    </message>
    <message>
        <source>restart policy: on-failure without a maximum</source>
        <translation>politique de redémarrage : on-failure sans maximum</translation>
    </message>
    <message>
        <source>restarts a failing container forever</source>
        <translation>redémarre indéfiniment un conteneur en échec</translation>
    </message>
    <message>
        <source>more than %1 restart attempts</source>
        <translation>plus de %1 tentatives de redémarrage</translation>
    </message>
    <message>
        <source>unknown restart policy &quot;%1&quot;</source>
        <translation>politique de redémarrage inconnue « %1 »</translation>
    </message>
    <message>
        <source>RestartCount = %1</source>
        <translation>RestartCount = %1</translation>
    </message>
    <message>
        <source>the kernel killed it for lack of memory</source>
        <translation>le noyau l’a arrêté par manque de mémoire</translation>
    </message>
    <message>
        <source>in a restart loop</source>
        <translation>dans une boucle de redémarrage</translation>
    </message>
    <message>
        <source>restarted more than %1 times</source>
        <translation>redémarré plus de %1 fois</translation>
    </message>
    <message>
        <source>read-only root filesystem: the image&apos;s files cannot change</source>
        <translation>système de fichiers racine en lecture seule : les fichiers de l’image ne peuvent pas changer</translation>
    </message>
    <message>
        <source>file changes were not collected (GET /containers/{id}/changes)</source>
        <translation>les modifications de fichiers n’ont pas été collectées (GET /containers/{id}/changes)</translation>
    </message>
    <message>
        <source>no changes against the image</source>
        <translation>aucune modification par rapport à l’image</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 au total)</translation>
    </message>
    <message>
        <source>files changed since the container started from its image</source>
        <translation>fichiers modifiés depuis le démarrage du conteneur à partir de son image</translation>
    </message>
    <message>
        <source>no required labels in the policy (requiredLabels)</source>
        <translation>aucun label requis dans la politique (requiredLabels)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquants : %1</translation>
    </message>
    <message>
        <source>; present: %1</source>
        <translation> ; présents : %1</translation>
    </message>
    <message>
        <source>required labels are missing</source>
        <translation>des labels requis sont manquants</translation>
    </message>
    <message>
        <source>present: %1</source>
        <translation>présents : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 containers: %2; %3 not running</source>
        <translation>%1 conteneurs : %2 ; %3 à l’arrêt</translation>
    </message>
    <message>
        <source>; /info: %1 containers, %2 running</source>
        <translation> ; /info : %1 conteneurs, %2 en cours d’exécution</translation>
    </message>
    <message>
        <source>more than %1 containers are not running</source>
        <translation>plus de %1 conteneurs sont à l’arrêt</translation>
    </message>
    <message>
        <source>review containers that are not running and remove those no longer needed</source>
        <translation>passez en revue les conteneurs à l’arrêt et supprimez ceux qui ne servent plus</translation>
    </message>
    <message>
        <source>not a manager node: the swarm&apos;s settings are visible on managers only</source>
        <translation>ce n’est pas un nœud manager : les réglages du swarm ne sont visibles que sur les managers</translation>
    </message>
    <message>
        <source>%1 manager(s) of %2 node(s)</source>
        <translation>%1 manager(s) sur %2 nœud(s)</translation>
    </message>
    <message>
        <source>more managers than needed</source>
        <translation>plus de managers que nécessaire</translation>
    </message>
    <message>
        <source>an even number of managers adds no fault tolerance</source>
        <translation>un nombre pair de managers n’apporte aucune tolérance aux pannes supplémentaire</translation>
    </message>
    <message>
        <source>overlay networks without encryption: %1</source>
        <translation>réseaux overlay sans chiffrement : %1</translation>
    </message>
    <message>
        <source>traffic between nodes on these networks is not encrypted</source>
        <translation>le trafic entre nœuds sur ces réseaux n’est pas chiffré</translation>
    </message>
    <message>
        <source>no overlay networks</source>
        <translation>aucun réseau overlay</translation>
    </message>
    <message>
        <source>encrypted overlay networks: %1</source>
        <translation>réseaux overlay chiffrés : %1</translation>
    </message>
    <message>
        <source>manual review: the API does not show when the unlock key was last rotated</source>
        <translation>revue manuelle : l’API n’indique pas quand la clé de déverrouillage a été renouvelée pour la dernière fois</translation>
    </message>
    <message>
        <source>auto-lock is off, so there is no unlock key to rotate (see 7.5)</source>
        <translation>le verrouillage automatique est désactivé, il n’y a donc pas de clé de déverrouillage à renouveler (voir 7.5)</translation>
    </message>
    <message>
        <source>the managers&apos; raft keys are stored unencrypted at rest</source>
        <translation>les clés Raft des managers sont stockées non chiffrées au repos</translation>
    </message>
    <message>
        <source>node certificates expire after %1 day(s)%2</source>
        <translation>les certificats des nœuds expirent après %1 jour(s)%2</translation>
    </message>
    <message>
        <source> (Docker&apos;s default)</source>
        <translation> (valeur par défaut de Docker)</translation>
    </message>
    <message>
        <source>node certificates live longer than %1 days</source>
        <translation>les certificats des nœuds sont valides plus de %1 jours</translation>
    </message>
    <message>
        <source>swarm mode not enabled</source>
        <translation>mode swarm non activé</translation>
    </message>
    <message>
        <source>swarm node state is &quot;%1&quot;</source>
        <translation>l’état du nœud swarm est « %1 »</translation>
    </message>
    <message>
        <source>manual review: the listen socket of port 2377 needs host access; check that it is bound to %1 and not to every interface</source>
        <translation>revue manuelle : le socket d’écoute du port 2377 nécessite l’accès à l’hôte ; vérifiez qu’il est lié à %1 et non à toutes les interfaces</translation>
    </message>
    <message>
        <source>one address</source>
        <translation>une seule adresse</translation>
    </message>
    <message>
        <source>swarm secrets are not part of the snapshot</source>
        <translation>les secrets swarm ne font pas partie de l’instantané</translation>
    </message>
    <message>
        <source>manual review: services should take their secrets from docker secret, not from environment variables or images</source>
        <translation>revue manuelle : les services doivent obtenir leurs secrets par docker secret, et non par des variables d’environnement ou des images</translation>
    </message>
    <message>
        <source>manual review: the API shows no history of root CA rotations (docker swarm ca --rotate)</source>
        <translation>revue manuelle : l’API ne montre aucun historique de renouvellement de l’autorité de certification racine (docker swarm ca --rotate)</translation>
    </message>
    <message>
        <source>manual review: check that --data-path-addr puts container traffic on an interface other than the management address</source>
        <translation>revue manuelle : vérifiez que --data-path-addr place le trafic des conteneurs sur une autre interface que l’adresse de gestion</translation>
    </message>
    <message>
        <source>unknown swarm check &quot;%1&quot;</source>
        <translation>contrôle swarm inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ContextStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason from the system</extracomment>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot parse %1: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s message</extracomment>
        <translation>Impossible d’analyser %1 : %2</translation>
    </message>
    <message>
        <source>The context name is empty.</source>
        <translation>Le nom du contexte est vide.</translation>
    </message>
    <message>
        <source>&quot;default&quot; is the built-in context; it is not stored.</source>
        <translation>« default » est le contexte intégré ; il n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; does not exist in %2.</source>
        <extracomment>%1 is a docker context name, %2 the directory of the docker context store</extracomment>
        <translation>Le contexte Docker « %1 » n’existe pas dans %2.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; has no docker endpoint (%2).</source>
        <extracomment>%1 is a docker context name, %2 the path of its meta.json</extracomment>
        <translation>Le contexte Docker « %1 » n’a pas de point d’accès docker (%2).</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CurlDockerApi</name>
    <message>
        <source>A client certificate needs both a certificate and its key; only %1 was given.</source>
        <translation>Un certificat client exige le certificat et sa clé ; seul %1 a été fourni.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>%1 answered, but not like a Docker daemon (no API version, no &quot;OK&quot; on /_ping).</source>
        <translation>%1 a répondu, mais pas comme un démon Docker (pas de version d’API, pas de « OK » sur /_ping).</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>Le fichier %1 %2 n’existe pas.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read: %3.</source>
        <translation>Le fichier %1 %2 ne peut pas être lu : %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not create a connection handle.</source>
        <translation>Impossible de créer un descripteur de connexion.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::DaemonChecks</name>
    <message>
        <source>needs host access</source>
        <translation>nécessite l’accès à l’hôte</translation>
    </message>
    <message>
        <source>command line %1</source>
        <translation>ligne de commande %1</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot;</source>
        <translation>%1, clé « %2 »</translation>
    </message>
    <message>
        <source>%1: %2 is only visible on the daemon&apos;s command line or in its daemon.json</source>
        <translation>%1 : %2 n’est visible que sur la ligne de commande du démon ou dans son daemon.json</translation>
    </message>
    <message>
        <source>the daemon&apos;s command line could not be read (%1), so %2 is unknown</source>
        <translation>la ligne de commande du démon n’a pas pu être lue (%1), donc %2 est inconnu</translation>
    </message>
    <message>
        <source>no process found</source>
        <translation>aucun processus trouvé</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so %3 is unknown</source>
        <translation>%1 n’a pas pu être lu (%2), donc %3 est inconnu</translation>
    </message>
    <message>
        <source>Podman has no dockerd settings (%1)</source>
        <translation>Podman n’a pas de réglages dockerd (%1)</translation>
    </message>
    <message>
        <source>storage driver %1 (/info Driver): %2 applies to %3 only</source>
        <translation>pilote de stockage %1 (/info Driver) : %2 ne s’applique qu’à %3</translation>
    </message>
    <message>
        <source>debug logging is on (/info Debug = true)</source>
        <translation>la journalisation de débogage est activée (/info Debug = true)</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not set: the default %2 applies</source>
        <translation>%1 n’est pas défini : la valeur par défaut %2 s’applique</translation>
    </message>
    <message>
        <source>%1 is not set on the command line nor in %2</source>
        <translation>%1 n’est défini ni sur la ligne de commande ni dans %2</translation>
    </message>
    <message>
        <source>%1 has a value that is not a boolean: %2</source>
        <translation>%1 a une valeur qui n’est pas un booléen : %2</translation>
    </message>
    <message>
        <source>the rule gives no test (params: expect, expect_set or fail_contains)</source>
        <translation>la règle ne donne aucun test (params : expect, expect_set ou fail_contains)</translation>
    </message>
    <message>
        <source>this scan reached the daemon over plain TCP at %1: anyone who can reach that port controls the daemon, and so the host</source>
        <translation>cette analyse a joint le démon en TCP simple à %1 : quiconque peut joindre ce port contrôle le démon, et donc l’hôte</translation>
    </message>
    <message>
        <source>this scan reached %1 over TLS without verifying the daemon&apos;s certificate</source>
        <translation>cette analyse a joint %1 en TLS sans vérifier le certificat du démon</translation>
    </message>
    <message>
        <source>this scan used TLS with a verified server certificate (%1)</source>
        <translation>cette analyse a utilisé TLS avec un certificat serveur vérifié (%1)</translation>
    </message>
    <message>
        <source>this scan used the unix socket %1</source>
        <translation>cette analyse a utilisé le socket unix %1</translation>
    </message>
    <message>
        <source>listeners: %1 (TLS: %2)</source>
        <translation>points d’écoute : %1 (TLS : %2)</translation>
    </message>
    <message>
        <source>%1 uses TLS without --tlsverify: any client can connect without a certificate</source>
        <translation>%1 utilise TLS sans --tlsverify : n’importe quel client peut se connecter sans certificat</translation>
    </message>
    <message>
        <source>%1 accepts connections without TLS</source>
        <translation>%1 accepte des connexions sans TLS</translation>
    </message>
    <message>
        <source>the daemon&apos;s command line could not be read</source>
        <translation>la ligne de commande du démon n’a pas pu être lue</translation>
    </message>
    <message>
        <source>TLS is in use; whether the daemon demands client certificates (--tlsverify) and which other ports it listens on are unknown (%1)</source>
        <translation>TLS est utilisé ; on ne sait pas si le démon exige des certificats client (--tlsverify) ni sur quels autres ports il écoute (%1)</translation>
    </message>
    <message>
        <source>%1: the daemon&apos;s TCP listeners are only visible on its command line and in daemon.json (this scan used the unix socket)</source>
        <translation>%1 : les points d’écoute TCP du démon ne sont visibles que sur sa ligne de commande et dans daemon.json (cette analyse a utilisé le socket unix)</translation>
    </message>
    <message>
        <source>the daemon does not report RegistryConfig in /info</source>
        <translation>le démon n’indique pas RegistryConfig dans /info</translation>
    </message>
    <message>
        <source>no insecure registries in /info RegistryConfig</source>
        <translation>aucun registre non sécurisé dans /info RegistryConfig</translation>
    </message>
    <message>
        <source>insecure registries: %1</source>
        <translation>registres non sécurisés : %1</translation>
    </message>
    <message>
        <source>loopback, ignored: %1</source>
        <translation>boucle locale, ignorés : %1</translation>
    </message>
    <message>
        <source>%1 also lists %2, which the running daemon does not use (not restarted since?)</source>
        <translation>%1 liste aussi %2, que le démon en service n’utilise pas (pas redémarré depuis ?)</translation>
    </message>
    <message>
        <source>Podman reads insecure registries from registries.conf; /info may not list them</source>
        <translation>Podman lit les registres non sécurisés dans registries.conf ; /info peut ne pas les lister</translation>
    </message>
    <message>
        <source>Podman has no default &quot;bridge&quot; network (its default network is &quot;podman&quot;, which has no enable_icc option)</source>
        <translation>Podman n’a pas de réseau « bridge » par défaut (son réseau par défaut est « podman », qui n’a pas d’option enable_icc)</translation>
    </message>
    <message>
        <source>the daemon has no default bridge network (started with --bridge=none?)</source>
        <translation>le démon n’a pas de réseau bridge par défaut (démarré avec --bridge=none ?)</translation>
    </message>
    <message>
        <source>the default bridge network does not report %1</source>
        <translation>le réseau bridge par défaut n’indique pas %1</translation>
    </message>
    <message>
        <source>default bridge network: %1 = %2</source>
        <translation>réseau bridge par défaut : %1 = %2</translation>
    </message>
    <message>
        <source>; icc=false is configured but not in effect: restart the daemon</source>
        <translation> ; icc=false est configuré mais pas en vigueur : redémarrez le démon</translation>
    </message>
    <message>
        <source>Podman has no long-running daemon that containers depend on; live restore does not apply</source>
        <translation>Podman n’a pas de démon permanent dont dépendent les conteneurs ; le live restore ne s’applique pas</translation>
    </message>
    <message>
        <source>the daemon does not report LiveRestoreEnabled in /info</source>
        <translation>le démon n’indique pas LiveRestoreEnabled dans /info</translation>
    </message>
    <message>
        <source>/info LiveRestoreEnabled = %1</source>
        <translation>/info LiveRestoreEnabled = %1</translation>
    </message>
    <message>
        <source>this node is in swarm mode, which does not support live restore</source>
        <translation>ce nœud est en mode swarm, qui ne prend pas en charge le live restore</translation>
    </message>
    <message>
        <source>Podman does not report a default logging driver in /info (see log_driver in containers.conf)</source>
        <translation>Podman n’indique pas de pilote de journalisation par défaut dans /info (voir log_driver dans containers.conf)</translation>
    </message>
    <message>
        <source>the daemon does not report LoggingDriver in /info</source>
        <translation>le démon n’indique pas LoggingDriver dans /info</translation>
    </message>
    <message>
        <source>/info LoggingDriver = %1</source>
        <translation>/info LoggingDriver = %1</translation>
    </message>
    <message>
        <source>container logs are discarded</source>
        <translation>les journaux des conteneurs sont perdus</translation>
    </message>
    <message>
        <source>container logs stay on this host only</source>
        <translation>les journaux des conteneurs restent uniquement sur cet hôte</translation>
    </message>
    <message>
        <source>%1 keeps logs on this host unless it is set up to forward them</source>
        <translation>%1 conserve les journaux sur cet hôte, sauf s’il est configuré pour les transférer</translation>
    </message>
    <message>
        <source>Podman does not support Docker authorization plugins</source>
        <translation>Podman ne prend pas en charge les plugins d’autorisation de Docker</translation>
    </message>
    <message>
        <source>the daemon does not report Plugins in /info</source>
        <translation>le démon n’indique pas Plugins dans /info</translation>
    </message>
    <message>
        <source>/info Plugins.Authorization is empty</source>
        <translation>/info Plugins.Authorization est vide</translation>
    </message>
    <message>
        <source>authorization plugins: %1</source>
        <translation>plugins d’autorisation : %1</translation>
    </message>
    <message>
        <source>Podman always reports ExperimentalBuild = true; it has no experimental daemon mode</source>
        <translation>Podman indique toujours ExperimentalBuild = true ; il n’a pas de mode démon expérimental</translation>
    </message>
    <message>
        <source>the daemon does not report ExperimentalBuild in /info</source>
        <translation>le démon n’indique pas ExperimentalBuild dans /info</translation>
    </message>
    <message>
        <source>/info ExperimentalBuild = %1</source>
        <translation>/info ExperimentalBuild = %1</translation>
    </message>
    <message>
        <source>Podman %1: the release table covers Docker Engine only</source>
        <translation>Podman %1 : la table des versions ne couvre que Docker Engine</translation>
    </message>
    <message>
        <source>Podman does not use containerd</source>
        <translation>Podman n’utilise pas containerd</translation>
    </message>
    <message>
        <source>%1: the daemon does not report its version</source>
        <translation>%1 : le démon n’indique pas sa version</translation>
    </message>
    <message>
        <source>%1: cannot read the version &quot;%2&quot;</source>
        <translation>%1 : impossible de lire la version « %2 »</translation>
    </message>
    <message>
        <source>%1 %2 (package %3)</source>
        <translation>%1 %2 (paquet %3)</translation>
    </message>
    <message>
        <source>%1: not in the release table</source>
        <translation>%1 : absent de la table des versions</translation>
    </message>
    <message>
        <source>release series %1 is unmaintained since %2</source>
        <translation>la série de versions %1 n’est plus maintenue depuis le %2</translation>
    </message>
    <message>
        <source>release series %1 is unmaintained</source>
        <translation>la série de versions %1 n’est plus maintenue</translation>
    </message>
    <message>
        <source>release series %1 is maintained until %2</source>
        <translation>la série de versions %1 est maintenue jusqu’au %2</translation>
    </message>
    <message>
        <source>release series %1 is maintained</source>
        <translation>la série de versions %1 est maintenue</translation>
    </message>
    <message>
        <source>older than every release series in the table (oldest %1): unmaintained</source>
        <translation>plus ancienne que toutes les séries de versions de la table (la plus ancienne : %1) : non maintenue</translation>
    </message>
    <message>
        <source>newer than the release table: its support and advisories are not known yet</source>
        <translation>plus récente que la table des versions : son support et ses avis de sécurité ne sont pas encore connus</translation>
    </message>
    <message>
        <source>release series %1 is not in the table</source>
        <translation>la série de versions %1 ne figure pas dans la table</translation>
    </message>
    <message>
        <source>, fixed in %1</source>
        <translation>, corrigé dans %1</translation>
    </message>
    <message>
        <source>%1 (fixed by package %2)</source>
        <translation>%1 (corrigé par le paquet %2)</translation>
    </message>
    <message>
        <source>vulnerable: %1</source>
        <translation>vulnérable : %1</translation>
    </message>
    <message>
        <source>a distribution build (%1): upstream advisories affect %2 but the distribution may have backported fixes, check its security tracker: %3</source>
        <translation>une version empaquetée par la distribution (%1) : des avis de sécurité en amont concernent %2, mais la distribution a pu rétroporter des correctifs ; consultez son suivi de sécurité : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies) do not apply to this configuration (authorization plugins or swarm not in use)</source>
        <translation>
            <numerusform>%n avis ne s’applique pas à cette configuration (plugins d’autorisation ou swarm non utilisés)</numerusform>
            <numerusform>%n avis ne s’appliquent pas à cette configuration (plugins d’autorisation ou swarm non utilisés)</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule has no release table (params.table)</source>
        <translation>la règle n’a pas de table des versions (params.table)</translation>
    </message>
    <message numerus="yes">
        <source>release table of %1 (%n day(s) before this snapshot)</source>
        <translation>
            <numerusform>table des versions du %1 (%n jour avant cet instantané)</numerusform>
            <numerusform>table des versions du %1 (%n jours avant cet instantané)</numerusform>
        </translation>
    </message>
    <message>
        <source>release table without a date</source>
        <translation>table des versions sans date</translation>
    </message>
    <message>
        <source>kernel %1, shared by every container: keep it patched with the host OS</source>
        <translation>noyau %1, partagé par tous les conteneurs : maintenez-le à jour avec le système de l’hôte</translation>
    </message>
    <message>
        <source>no component could be compared with the release table</source>
        <translation>aucun composant n’a pu être comparé à la table des versions</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Endpoint</name>
    <message>
        <source>%1 (plain TCP, unencrypted)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2375</extracomment>
        <translation>%1 (TCP simple, non chiffré)</translation>
    </message>
    <message>
        <source>%1 (TLS, verified)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2376</extracomment>
        <translation>%1 (TLS, vérifié)</translation>
    </message>
    <message>
        <source>%1 (TLS, NOT verified)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2376; the server certificate is not checked</extracomment>
        <translation>%1 (TLS, NON vérifié)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::EndpointResolver</name>
    <message>
        <source>Invalid Docker host &quot;%1&quot;. Use unix:///path/to/socket or tcp://host:port.</source>
        <extracomment>%1 is the -H/DOCKER_HOST value the user gave</extracomment>
        <translation>Hôte Docker « %1 » invalide. Utilisez unix:///chemin/du/socket ou tcp://hôte:port.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot;: %2</source>
        <extracomment>%1 is a docker context name, %2 the reason its host is unusable</extracomment>
        <translation>Contexte Docker « %1 » : %2</translation>
    </message>
    <message>
        <source>ssh:// endpoints (%1) are not supported yet. Connect through tcp:// with TLS, or run Hullcheck on the Docker host and use its local socket.</source>
        <extracomment>%1 is the ssh:// endpoint the user gave</extracomment>
        <translation>Les points d’accès ssh:// (%1) ne sont pas encore pris en charge. Connectez-vous par tcp:// avec TLS, ou lancez Hullcheck sur l’hôte Docker et utilisez son socket local.</translation>
    </message>
    <message>
        <source>npipe:// endpoints (%1) are Windows named pipes and are not supported. Use tcp:// with TLS or a unix socket.</source>
        <extracomment>%1 is the npipe:// endpoint the user gave</extracomment>
        <translation>Les points d’accès npipe:// (%1) sont des tubes nommés Windows et ne sont pas pris en charge. Utilisez tcp:// avec TLS ou un socket unix.</translation>
    </message>
    <message>
        <source>fd:// (%1) is only valid for the Docker daemon itself, not for clients. Use unix:// or tcp://.</source>
        <extracomment>%1 is the fd:// value the user gave</extracomment>
        <translation>fd:// (%1) n’est valable que pour le démon Docker lui-même, pas pour les clients. Utilisez unix:// ou tcp://.</translation>
    </message>
    <message>
        <source>conflicting options: either specify --host or --context, not both</source>
        <translation>options contradictoires : indiquez --host ou --context, pas les deux</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Engine</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>not: </source>
        <translation>non : </translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Waiver expired on %1 (approved by %2: %3); the result counts again.</source>
        <translation>Dérogation expirée le %1 (approuvée par %2 : %3) ; le résultat compte de nouveau.</translation>
    </message>
    <message>
        <source>Waived by %1 until %2: %3</source>
        <translation>Dérogé par %1 (échéance : %2) : %3</translation>
    </message>
    <message>
        <source>(no approver)</source>
        <translation>(aucun approbateur)</translation>
    </message>
    <message>
        <source>needs host access</source>
        <translation>nécessite l’accès à l’hôte</translation>
    </message>
    <message>
        <source>Manual review: %1</source>
        <translation>Revue manuelle : %1</translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot;</source>
        <translation>contrôle intégré inconnu « %1 »</translation>
    </message>
    <message>
        <source>the rule defines no check</source>
        <translation>la règle ne définit aucun contrôle</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::FileIo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot restrict its permissions</source>
        <translation>impossible de restreindre ses permissions</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::FixLog</name>
    <message>
        <source>Cannot write the fix log %1: %2</source>
        <translation>Impossible d’écrire le journal des corrections %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the fix log %1: %2</source>
        <translation>Impossible de lire le journal des corrections %1 : %2</translation>
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
        <translation>lecture propriétaire</translation>
    </message>
    <message>
        <source>owner write</source>
        <translation>écriture propriétaire</translation>
    </message>
    <message>
        <source>owner execute</source>
        <translation>exécution propriétaire</translation>
    </message>
    <message>
        <source>group read</source>
        <translation>lecture groupe</translation>
    </message>
    <message>
        <source>group write</source>
        <translation>écriture groupe</translation>
    </message>
    <message>
        <source>group execute</source>
        <translation>exécution groupe</translation>
    </message>
    <message>
        <source>others read</source>
        <translation>lecture autres</translation>
    </message>
    <message>
        <source>others write</source>
        <translation>écriture autres</translation>
    </message>
    <message>
        <source>others execute</source>
        <translation>exécution autres</translation>
    </message>
    <message>
        <source>needs host access</source>
        <translation>nécessite l’accès à l’hôte</translation>
    </message>
    <message>
        <source>no path for &quot;%1&quot; was recorded when the snapshot was taken</source>
        <translation>aucun chemin pour « %1 » n’a été enregistré lors de la prise de l’instantané</translation>
    </message>
    <message>
        <source>the rule names no path (params: path or role)</source>
        <translation>la règle ne désigne aucun chemin (params : path ou role)</translation>
    </message>
    <message>
        <source>%1 was not examined when the snapshot was taken</source>
        <translation>%1 n’a pas été examiné lors de la prise de l’instantané</translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation>impossible d’examiner %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not exist on this host</source>
        <translation>%1 n’existe pas sur cet hôte</translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation>%1 (un lien vers %2)</translation>
    </message>
    <message>
        <source>%1: owner %2</source>
        <translation>%1 : propriétaire %2</translation>
    </message>
    <message>
        <source>expected owner %1</source>
        <translation>propriétaire attendu : %1</translation>
    </message>
    <message>
        <source>expected owner %1:%2</source>
        <translation>propriétaire attendu : %1:%2</translation>
    </message>
    <message>
        <source>%1: mode %2</source>
        <translation>%1 : mode %2</translation>
    </message>
    <message>
        <source>expected exactly %1</source>
        <translation>attendu : exactement %1</translation>
    </message>
    <message>
        <source>the rule gives no valid mode (params: max or exactly, e.g. &quot;0644&quot;)</source>
        <translation>la règle ne donne aucun mode valide (params : max ou exactly, par ex. « 0644 »)</translation>
    </message>
    <message>
        <source>; bits outside %1: %2 (%3)</source>
        <translation> ; bits hors de %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>the registry certificate directory was not examined when the snapshot was taken</source>
        <translation>le répertoire des certificats de registre n’a pas été examiné lors de la prise de l’instantané</translation>
    </message>
    <message>
        <source>%1 does not exist on this host: no registry certificates</source>
        <translation>%1 n’existe pas sur cet hôte : aucun certificat de registre</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 owned by %2</source>
        <translation>%1 appartient à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate or key file(s) under %1</source>
        <translation>
            <numerusform>%n fichier de certificat ou de clé sous %1</numerusform>
            <numerusform>%n fichiers de certificat ou de clé sous %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mode %2 (%3 beyond %4)</source>
        <translation>%1, mode %2 (%3 au-delà de %4)</translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3</source>
        <translation>%1 : propriétaire %2, mode %3</translation>
    </message>
    <message>
        <source>a rootless daemon&apos;s socket should belong to the user running it (uid %1)</source>
        <translation>le socket d’un démon rootless devrait appartenir à l’utilisateur qui l’exécute (uid %1)</translation>
    </message>
    <message>
        <source>owner should be %1</source>
        <translation>le propriétaire devrait être %1</translation>
    </message>
    <message>
        <source>group should be %1 (the daemon&apos;s socket group) or root</source>
        <translation>le groupe devrait être %1 (le groupe du socket du démon) ou root</translation>
    </message>
    <message>
        <source>group root: only root can use the socket</source>
        <translation>groupe root : seul root peut utiliser le socket</translation>
    </message>
    <message>
        <source>bits outside %1: %2 (%3)</source>
        <translation>bits hors de %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>the data root&apos;s mount was not recorded when the snapshot was taken</source>
        <translation>le montage de la racine des données n’a pas été enregistré lors de la prise de l’instantané</translation>
    </message>
    <message>
        <source>cannot tell which mount holds the data root %1: %2</source>
        <translation>impossible de déterminer quel montage contient la racine des données %1 : %2</translation>
    </message>
    <message>
        <source>%1 (parent of the userns-remap data root %2)</source>
        <translation>%1 (parent de la racine des données userns-remap %2)</translation>
    </message>
    <message>
        <source>%1 is a filesystem of its own: %2 (%3, device %4)</source>
        <translation>%1 est un système de fichiers à part entière : %2 (%3, périphérique %4)</translation>
    </message>
    <message>
        <source>%1 is a bind mount of the directory %2 of %3 (%4, device %5), not a partition of its own (dockerd bind-mounts its data root onto itself)</source>
        <translation>%1 est un montage bind du répertoire %2 de %3 (%4, périphérique %5), et non une partition dédiée (dockerd monte en bind sa racine des données sur elle-même)</translation>
    </message>
    <message>
        <source>%1 is a mount point, but of the root filesystem&apos;s device %2: it shares the root filesystem&apos;s space</source>
        <translation>%1 est un point de montage, mais sur le périphérique %2 du système de fichiers racine : il partage l’espace du système de fichiers racine</translation>
    </message>
    <message>
        <source>%1 is not a mount point; it lies on the filesystem mounted at %2 (%3, %4)</source>
        <translation>%1 n’est pas un point de montage ; il se trouve sur le système de fichiers monté sur %2 (%3, %4)</translation>
    </message>
    <message>
        <source>rootless daemon: only its own user (uid %1) controls it</source>
        <translation>démon rootless : seul son propre utilisateur (uid %1) le contrôle</translation>
    </message>
    <message>
        <source>every local user can connect to the socket (others may write)</source>
        <translation>tout utilisateur local peut se connecter au socket (droit d’écriture pour les autres)</translation>
    </message>
    <message>
        <source>the socket&apos;s group grants no access (mode %1, group %2): no group membership gives control of the daemon</source>
        <translation>le groupe du socket n’accorde aucun accès (mode %1, groupe %2) : aucune appartenance à un groupe ne donne le contrôle du démon</translation>
    </message>
    <message>
        <source>the socket group&apos;s members were not recorded when the snapshot was taken</source>
        <translation>les membres du groupe du socket n’ont pas été enregistrés lors de la prise de l’instantané</translation>
    </message>
    <message>
        <source>no group %1 in /etc/group: only root can use the socket</source>
        <translation>aucun groupe %1 dans /etc/group : seul root peut utiliser le socket</translation>
    </message>
    <message>
        <source>group %1 could not be read: %2</source>
        <translation>le groupe %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>group %1 (gid %2) has no members</source>
        <translation>le groupe %1 (gid %2) n’a aucun membre</translation>
    </message>
    <message>
        <source>group %1 (gid %2): %3</source>
        <translation>groupe %1 (gid %2) : %3</translation>
    </message>
    <message>
        <source>each member can control the daemon, which is root-equivalent on this host</source>
        <translation>chaque membre peut contrôler le démon, ce qui équivaut à root sur cet hôte</translation>
    </message>
    <message>
        <source>not in the trusted users: %1</source>
        <translation>absents des utilisateurs de confiance : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) loaded (auditctl -l)</source>
        <translation>
            <numerusform>%n règle chargée (auditctl -l)</numerusform>
            <numerusform>%n règles chargées (auditctl -l)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in %1</source>
        <translation>
            <numerusform>%n règle dans %1</numerusform>
            <numerusform>%n règles dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no audit rules: auditctl is not installed and there are no rule files</source>
        <translation>aucune règle d’audit : auditctl n’est pas installé et il n’y a aucun fichier de règles</translation>
    </message>
    <message>
        <source>%1 is watched by: %2 (%3)</source>
        <translation>%1 est surveillé par : %2 (%3)</translation>
    </message>
    <message>
        <source>no audit rule watches %1; %2</source>
        <translation>aucune règle d’audit ne surveille %1 ; %2</translation>
    </message>
    <message>
        <source>the audit rules were not recorded when the snapshot was taken</source>
        <translation>les règles d’audit n’ont pas été enregistrées lors de la prise de l’instantané</translation>
    </message>
    <message numerus="yes">
        <source>; %n of them about docker, containerd or runc</source>
        <translation>
            <numerusform>; dont %n concernant docker, containerd ou runc</numerusform>
            <numerusform>; dont %n concernant docker, containerd ou runc</numerusform>
        </translation>
    </message>
    <message>
        <source>the rules come from the rule files, not from the running audit system: %1</source>
        <translation>les règles proviennent des fichiers de règles, et non du système d’audit en cours d’exécution : %1</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HostFacts</name>
    <message>
        <source>the socket path is too long</source>
        <translation>le chemin du socket est trop long</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>SO_PEERCRED failed: %1</source>
        <translation>SO_PEERCRED a échoué : %1</translation>
    </message>
    <message>
        <source>the daemon runs in another PID namespace</source>
        <translation>le démon s’exécute dans un autre espace de noms PID</translation>
    </message>
    <message>
        <source>cannot read the command line of process %1</source>
        <translation>impossible de lire la ligne de commande du processus %1</translation>
    </message>
    <message>
        <source>larger than 1 MiB; not read</source>
        <translation>plus de 1 Mio ; non lu</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms</source>
        <translation>%1 ne s’est pas terminé en %2 ms</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 a échoué (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation>trouvé dans %1</translation>
    </message>
    <message>
        <source>no %1 in %2</source>
        <translation>aucun %1 dans %2</translation>
    </message>
    <message>
        <source>containerd started by the daemon under its exec-root</source>
        <translation>containerd démarré par le démon dans son exec-root</translation>
    </message>
    <message>
        <source>the system containerd</source>
        <translation>le containerd du système</translation>
    </message>
    <message>
        <source>under the daemon&apos;s exec-root</source>
        <translation>dans l’exec-root du démon</translation>
    </message>
    <message>
        <source>default (no containerd socket found)</source>
        <translation>par défaut (aucun socket containerd trouvé)</translation>
    </message>
    <message>
        <source>the connection&apos;s socket</source>
        <translation>le socket de la connexion</translation>
    </message>
    <message>
        <source>the daemon&apos;s -H %1</source>
        <translation>le -H %1 du démon</translation>
    </message>
    <message>
        <source>ListenStream of %1</source>
        <translation>ListenStream de %1</translation>
    </message>
    <message>
        <source>default (the daemon&apos;s command line is unknown)</source>
        <translation>par défaut (la ligne de commande du démon est inconnue)</translation>
    </message>
    <message>
        <source>default of --%1</source>
        <translation>valeur par défaut de --%1</translation>
    </message>
    <message>
        <source>the daemon is not configured for TLS (no %1)</source>
        <translation>le démon n’est pas configuré pour TLS (pas de %1)</translation>
    </message>
    <message>
        <source>the daemon&apos;s executable (/proc/PID/exe)</source>
        <translation>l’exécutable du démon (/proc/PID/exe)</translation>
    </message>
    <message>
        <source>found on the search path</source>
        <translation>trouvé dans le chemin de recherche</translation>
    </message>
    <message>
        <source>dockerd is not installed (not found on the search path)</source>
        <translation>dockerd n’est pas installé (introuvable dans le chemin de recherche)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on the search path)</source>
        <translation>%1 n’est pas installé (introuvable dans le chemin de recherche)</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 n’est pas lisible</translation>
    </message>
    <message>
        <source>more than %1 files; the rest were not examined</source>
        <translation>plus de %1 fichiers ; les autres n’ont pas été examinés</translation>
    </message>
    <message>
        <source>/info has no DockerRootDir</source>
        <translation>/info n’a pas de DockerRootDir</translation>
    </message>
    <message>
        <source>no mount contains %1</source>
        <translation>aucun montage ne contient %1</translation>
    </message>
    <message>
        <source>needs host access: the daemon at %1 is remote</source>
        <translation>nécessite l’accès à l’hôte : le démon à %1 est distant</translation>
    </message>
    <message>
        <source>no process of this host listens on TCP port %1</source>
        <translation>aucun processus de cet hôte n’écoute sur le port TCP %1</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HtmlReport</name>
    <message>
        <source>Results by status</source>
        <translation>Résultats par statut</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Results by CIS section</source>
        <translation>Résultats par section CIS</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ImageChecks</name>
    <message>
        <source>step %1/%2 (%3)</source>
        <translation>étape %1/%2 (%3)</translation>
    </message>
    <message>
        <source>the image history was not collected</source>
        <translation>l’historique de l’image n’a pas été collecté</translation>
    </message>
    <message>
        <source>a package index update without an install in the same RUN instruction</source>
        <translation>une mise à jour de l’index des paquets sans installation dans la même instruction RUN</translation>
    </message>
    <message>
        <source>no package index updates in %1 history steps</source>
        <translation>aucune mise à jour de l’index des paquets dans %1 étapes de l’historique</translation>
    </message>
    <message>
        <source>%1 index update(s), each with an install in the same step</source>
        <translation>%1 mise(s) à jour de l’index, chacune avec une installation dans la même étape</translation>
    </message>
    <message>
        <source>remote URL</source>
        <translation>URL distante</translation>
    </message>
    <message>
        <source>local files</source>
        <translation>fichiers locaux</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : %2 vers %3</translation>
    </message>
    <message>
        <source>ADD fetches URLs and unpacks archives implicitly; COPY does only what it says</source>
        <translation>ADD télécharge des URL et décompresse des archives implicitement ; COPY ne fait que ce qu’il annonce</translation>
    </message>
    <message>
        <source>no ADD instructions besides the base layer in %1 steps</source>
        <translation>aucune instruction ADD en dehors de la couche de base dans %1 étapes</translation>
    </message>
    <message>
        <source>%1 installed in %2</source>
        <translation>%1 installé, %2</translation>
    </message>
    <message>
        <source>%1 run in %2</source>
        <translation>%1 exécuté, %2</translation>
    </message>
    <message>
        <source>build tools remain in the final image; build in a separate stage</source>
        <translation>des outils de build restent dans l’image finale ; effectuez le build dans une étape distincte (build multi-étapes)</translation>
    </message>
    <message>
        <source>no compilers or build tools found in %1 history steps</source>
        <translation>aucun compilateur ni outil de build trouvé dans %1 étapes de l’historique</translation>
    </message>
    <message>
        <source>%1, %2 layer(s)</source>
        <translation>%1, %2 couche(s)</translation>
    </message>
    <message>
        <source>; package managers used in the build: %1</source>
        <translation> ; gestionnaires de paquets utilisés pendant le build : %1</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>plus grande que %1</translation>
    </message>
    <message>
        <source>more than %1 layers</source>
        <translation>plus de %1 couches</translation>
    </message>
    <message>
        <source>the image&apos;s creation time is unknown</source>
        <translation>la date de création de l’image est inconnue</translation>
    </message>
    <message>
        <source>the image has a fixed creation time (%1, a reproducible build): its age is unknown</source>
        <translation>l’image a une date de création fixe (%1, build reproductible) : son âge est inconnu</translation>
    </message>
    <message>
        <source>built %1, %2 day(s) before the scan (limit %3)</source>
        <translation>construite le %1, %2 jour(s) avant l’analyse (limite %3)</translation>
    </message>
    <message>
        <source>not rebuilt for %1 days: it lacks the security fixes published since</source>
        <translation>non reconstruite depuis %1 jours : il lui manque les correctifs de sécurité publiés depuis</translation>
    </message>
    <message>
        <source>the image&apos;s Config.Healthcheck</source>
        <translation>le Config.Healthcheck de l’image</translation>
    </message>
    <message>
        <source>no HEALTHCHECK</source>
        <translation>pas de HEALTHCHECK</translation>
    </message>
    <message>
        <source>health is not checked</source>
        <translation>l’état de santé n’est pas contrôlé</translation>
    </message>
    <message>
        <source>: disabled (NONE)</source>
        <translation> : désactivé (NONE)</translation>
    </message>
    <message>
        <source>the healthcheck is switched off</source>
        <translation>le contrôle de santé est désactivé</translation>
    </message>
    <message>
        <source>: %1 test</source>
        <translation> : test %1</translation>
    </message>
    <message>
        <source>, every %1 s</source>
        <translation>, toutes les %1 s</translation>
    </message>
    <message>
        <source>; State.Health.Status = %1</source>
        <translation> ; State.Health.Status = %1</translation>
    </message>
    <message>
        <source>unhealthy (failing streak %1)</source>
        <translation>unhealthy (%1 échecs consécutifs)</translation>
    </message>
    <message>
        <source>no repository (dangling or built locally)</source>
        <translation>aucun dépôt (image orpheline ou construite localement)</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>tags %1</translation>
    </message>
    <message>
        <source>; no RepoDigests</source>
        <translation> ; pas de RepoDigests</translation>
    </message>
    <message>
        <source>not pulled from a registry (built locally or loaded): where its base image came from cannot be seen through the API</source>
        <translation>non récupérée depuis un registre (construite localement ou chargée) : l’origine de son image de base n’est pas visible via l’API</translation>
    </message>
    <message>
        <source>pulled from %1</source>
        <translation>récupérée depuis %1</translation>
    </message>
    <message>
        <source>the policy lists no trusted registries (trustedRegistries): review that these are trusted</source>
        <translation>la politique ne liste aucun registre de confiance (trustedRegistries) : vérifiez que ceux-ci sont dignes de confiance</translation>
    </message>
    <message>
        <source>not in the policy&apos;s trusted registries: %1</source>
        <translation>absents des registres de confiance de la politique : %1</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is a setting of the docker client, not of the daemon</source>
        <translation>DOCKER_CONTENT_TRUST est un réglage du client docker, pas du démon</translation>
    </message>
    <message>
        <source>set DOCKER_CONTENT_TRUST=1 in the environment of every user and CI job that pulls or runs images; the Engine API cannot show whether they do</source>
        <translation>définissez DOCKER_CONTENT_TRUST=1 dans l’environnement de chaque utilisateur et de chaque tâche CI qui récupère ou exécute des images ; l’API Engine ne permet pas de savoir si c’est le cas</translation>
    </message>
    <message>
        <source>%1 image(s): %2 in use by %3 container(s), %4 unused (%5 untagged)</source>
        <translation>%1 image(s) : %2 utilisée(s) par %3 conteneur(s), %4 inutilisée(s) (%5 sans tag)</translation>
    </message>
    <message>
        <source>; /info: %1 images</source>
        <translation> ; /info : %1 images</translation>
    </message>
    <message>
        <source>more than %1 unused images</source>
        <translation>plus de %1 images inutilisées</translation>
    </message>
    <message>
        <source>review unused images and remove those no longer needed</source>
        <translation>passez en revue les images inutilisées et supprimez celles qui ne servent plus</translation>
    </message>
    <message>
        <source>a long random token</source>
        <translation>un long jeton aléatoire</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>, from the image</source>
        <translation>, hérité de l’image</translation>
    </message>
    <message>
        <source>label %1 holds %2</source>
        <translation>le label %1 contient %2</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>label %1</translation>
    </message>
    <message>
        <source>build argument of %1</source>
        <translation>argument de build, %1</translation>
    </message>
    <message>
        <source>history %1</source>
        <translation>historique, %1</translation>
    </message>
    <message>
        <source>a command holding %1</source>
        <translation>une commande contenant %1</translation>
    </message>
    <message>
        <source>command-line flag %1</source>
        <translation>option de ligne de commande %1</translation>
    </message>
    <message>
        <source>Config.Cmd/Entrypoint</source>
        <translation>Config.Cmd/Entrypoint</translation>
    </message>
    <message>
        <source>a command-line argument holding %1</source>
        <translation>un argument de ligne de commande contenant %1</translation>
    </message>
    <message>
        <source>no secret-looking names or values</source>
        <translation>aucun nom ni valeur ressemblant à un secret</translation>
    </message>
    <message>
        <source>secrets in the environment, labels or image history can be read by anyone who can inspect the container or pull the image (values not shown)</source>
        <translation>les secrets présents dans l’environnement, les labels ou l’historique de l’image sont lisibles par quiconque peut inspecter le conteneur ou récupérer l’image (valeurs non affichées)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::JsonReportReader</name>
    <message>
        <source>%1 is not a readable Hullcheck report: %2</source>
        <extracomment>%1 a file name, %2 what is wrong with it</extracomment>
        <translation>%1 n’est pas un rapport Hullcheck lisible : %2</translation>
    </message>
    <message>
        <source>a finding has no rule_id</source>
        <translation>un constat n’a pas de rule_id</translation>
    </message>
    <message>
        <source>finding %1 has an unknown status &quot;%2&quot;</source>
        <translation>le constat %1 a un statut inconnu « %2 »</translation>
    </message>
    <message>
        <source>finding %1 has an unknown severity &quot;%2&quot;</source>
        <translation>le constat %1 a une gravité inconnue « %2 »</translation>
    </message>
    <message>
        <source>finding %1 has an unknown target kind &quot;%2&quot;</source>
        <translation>le constat %1 a un type de cible inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>le niveau supérieur n’est pas un objet</translation>
    </message>
    <message>
        <source>it has no &quot;schema&quot; key</source>
        <translation>il n’a pas de clé « schema »</translation>
    </message>
    <message>
        <source>its schema is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>son schéma est « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>it has no &quot;findings&quot; list</source>
        <translation>il n’a pas de liste « findings »</translation>
    </message>
    <message>
        <source>&quot;generated_at&quot; is not a date and time</source>
        <translation>« generated_at » n’est pas une date et heure</translation>
    </message>
    <message>
        <source>a finding is not an object</source>
        <translation>un constat n’est pas un objet</translation>
    </message>
    <message>
        <source>the summary counts %1 results but the file lists %2</source>
        <translation>le résumé compte %1 résultats mais le fichier en liste %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Writing a PDF needs text layout, which this program was started without.</source>
        <translation>L’écriture d’un PDF nécessite la mise en page du texte, sans laquelle ce programme a été lancé.</translation>
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
        <translation>Impossible de lire le fichier de politique %1 : %2</translation>
    </message>
    <message>
        <source>a policy is one YAML document; remove the &quot;---&quot;</source>
        <translation>une politique est un seul document YAML ; supprimez le « --- »</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1 doit être une table associative (lignes clé: valeur)</translation>
    </message>
    <message>
        <source>the keys of %1 must be plain words</source>
        <translation>%1 : les clés doivent être des mots simples</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3)</source>
        <translation>clé « %1 » inconnue dans %2 (clés possibles : %3)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in %2</source>
        <translation>la clé « %1 » apparaît deux fois dans %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>« %1 » doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, like [a, b]</source>
        <translation>« %1 » doit être une liste, comme [a, b]</translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be non-empty texts</source>
        <translation>les entrées de « %1 » doivent être des textes non vides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>« %1 » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most %2)</source>
        <translation>« %1 » est trop grand (%2 au maximum)</translation>
    </message>
    <message>
        <source>a waiver</source>
        <translation>une dérogation</translation>
    </message>
    <message>
        <source>the waiver has no &quot;%1&quot;</source>
        <translation>la dérogation n’a pas de « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>« %1 » est vide</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>date invalide « %1 » (format attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>la politique</translation>
    </message>
    <message>
        <source>unsupported policy version &quot;%1&quot; (this Hullcheck reads version %2)</source>
        <translation>version de politique « %1 » non prise en charge (ce Hullcheck lit la version %2)</translation>
    </message>
    <message>
        <source>&quot;waivers&quot; must be a list of waivers</source>
        <translation>« waivers » doit être une liste de dérogations</translation>
    </message>
    <message>
        <source>&quot;severity_overrides&quot; must be a mapping of rule id: severity</source>
        <translation>« severity_overrides » doit être une table associative (identifiant de règle: gravité)</translation>
    </message>
    <message>
        <source>the keys of %1 must be rule ids or CIS ids</source>
        <translation>les clés de %1 doivent être des identifiants de règle ou des identifiants CIS</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; for %2 (expected critical, high, medium, low or info)</source>
        <translation>gravité inconnue « %1 » pour %2 (attendu : critical, high, medium, low ou info)</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>« thresholds »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2</source>
        <translation>« %1 » doit valoir au moins %2</translation>
    </message>
    <message>
        <source>remediation</source>
        <translation>« remediation »</translation>
    </message>
    <message>
        <source>&quot;cpus&quot; must be a number of CPUs from 0.01 to %1, like 1.5</source>
        <translation>« cpus » doit être un nombre de CPU de 0.01 à %1, comme 1.5</translation>
    </message>
    <message>
        <source>unknown restart policy &quot;%1&quot; (expected one of: %2)</source>
        <translation>politique de redémarrage inconnue « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>&quot;restart_max_retries&quot; only applies to the on-failure restart policy, not to &quot;%1&quot;</source>
        <translation>« restart_max_retries » ne s’applique qu’à la politique de redémarrage on-failure, pas à « %1 »</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PolicyWriter</name>
    <message>
        <source>A waiver needs a rule, a target and a reason.</source>
        <translation>Une dérogation exige une règle, une cible et une raison.</translation>
    </message>
    <message>
        <source>The policy file has errors; fix them before adding a waiver.
%1</source>
        <extracomment>%1 is the loader&apos;s message, naming the file and line</extracomment>
        <translation>Le fichier de politique contient des erreurs ; corrigez-les avant d’ajouter une dérogation.
%1</translation>
    </message>
    <message>
        <source>Cannot add the waiver to %1.</source>
        <translation>Impossible d’ajouter la dérogation à %1.</translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2</source>
        <translation>Impossible de lire la politique %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the policy %1: %2</source>
        <translation>Impossible d’écrire la politique %1 : %2</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Remediation</name>
    <message>
        <source>--read-only: give every path the application writes a volume or a tmpfs (for example --tmpfs /tmp).</source>
        <translation>--read-only : donnez à chaque chemin où l’application écrit un volume ou un tmpfs (par exemple --tmpfs /tmp).</translation>
    </message>
    <message>
        <source>Secret values are not copied: provide them as environment variables of the shell (or an .env file for compose), better from a secret store, and rotate the exposed ones.</source>
        <translation>Les valeurs secrètes ne sont pas copiées : fournissez-les comme variables d’environnement du shell (ou dans un fichier .env pour compose), de préférence depuis un coffre à secrets, et renouvelez celles qui ont été exposées.</translation>
    </message>
    <message>
        <source>Set these variables before running it: %1.</source>
        <translation>Définissez ces variables avant de l’exécuter : %1.</translation>
    </message>
    <message>
        <source>Then connect the other network: docker network connect %1 %2</source>
        <translation>Connectez ensuite l’autre réseau : docker network connect %1 %2</translation>
    </message>
    <message>
        <source>Stop and rename or remove the old container first: docker rm -f %1</source>
        <translation>Arrêtez puis renommez ou supprimez d’abord l’ancien conteneur : docker rm -f %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; fix it by hand before merging: %2</source>
        <translation>%1 n’est pas un objet JSON ; corrigez-le à la main avant la fusion : %2</translation>
    </message>
    <message>
        <source>Recreate %1 with docker run, every setting kept, fixes added</source>
        <translation>Recréer %1 avec docker run, en conservant tous ses réglages et en ajoutant les corrections</translation>
    </message>
    <message>
        <source>%1 as a compose service</source>
        <translation>%1 comme service compose</translation>
    </message>
    <message>
        <source>Put the values of %1 in an .env file next to the compose file.</source>
        <translation>Placez les valeurs de %1 dans un fichier .env à côté du fichier compose.</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The current daemon.json was not read (no host access, or no file): merge these keys into the file the daemon uses.</source>
        <translation>Le daemon.json actuel n’a pas été lu (pas d’accès à l’hôte, ou pas de fichier) : fusionnez ces clés dans le fichier qu’utilise le démon.</translation>
    </message>
    <message>
        <source>Restart the daemon to apply it: sudo systemctl restart docker (live-restore alone takes a reload). Containers without live-restore stop during the restart.</source>
        <translation>Redémarrez le démon pour l’appliquer : sudo systemctl restart docker (live-restore seul ne demande qu’un rechargement). Les conteneurs sans live-restore s’arrêtent pendant le redémarrage.</translation>
    </message>
    <message>
        <source>No exact command is known for this result; the text is the rule&apos;s remediation.</source>
        <translation>Aucune commande exacte n’est connue pour ce résultat ; le texte est la correction proposée par la règle.</translation>
    </message>
    <message>
        <source>Dockerfile lines for %1</source>
        <translation>Lignes de Dockerfile pour %1</translation>
    </message>
    <message>
        <source>Rebuild the image and recreate the containers that use it.</source>
        <translation>Reconstruisez l’image et recréez les conteneurs qui l’utilisent.</translation>
    </message>
    <message>
        <source>API: POST %1 %2
</source>
        <translation>API : POST %1 %2
</translation>
    </message>
    <message>
        <source>Command: %1
</source>
        <translation>Commande : %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Remarque : %1
</translation>
    </message>
    <message>
        <source>Limit memory to %1 (no swap beyond it)</source>
        <translation>Limiter la mémoire à %1 (sans swap au-delà)</translation>
    </message>
    <message>
        <source>Limit CPU to %1 CPUs</source>
        <translation>Limiter le CPU à %1 CPU</translation>
    </message>
    <message>
        <source>Limit CPU to a quota of %1 µs per 100 ms</source>
        <translation>Limiter le CPU à un quota de %1 µs par 100 ms</translation>
    </message>
    <message>
        <source>Set the CPU weight (shares) to %1</source>
        <translation>Fixer le poids CPU (shares) à %1</translation>
    </message>
    <message>
        <source>Limit the container to %1 processes</source>
        <translation>Limiter le conteneur à %1 processus</translation>
    </message>
    <message>
        <source>Restart on failure, at most %1 times</source>
        <translation>Redémarrer en cas d’échec, %1 fois au plus</translation>
    </message>
    <message>
        <source>The container was started with --rm: Docker refuses to give it a restart policy; recreate it without --rm instead.</source>
        <translation>Le conteneur a été démarré avec --rm : Docker refuse de lui donner une politique de redémarrage ; recréez-le plutôt sans --rm.</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer for container %1 is not an object.</source>
        <translation>La réponse du démon pour le conteneur %1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1 on %2 has no live fix; use the generated artefact instead.</source>
        <translation>%1 sur %2 n’a pas de correction à chaud ; utilisez plutôt l’artefact généré.</translation>
    </message>
    <message>
        <source>Docker refused to change %1: %2</source>
        <translation>Docker a refusé de modifier %1 : %2</translation>
    </message>
    <message>
        <source>Set the restart policy to %1</source>
        <extracomment>%1 a docker restart policy name: no, always, unless-stopped</extracomment>
        <translation>Fixer la politique de redémarrage à %1</translation>
    </message>
    <message>
        <source>Cancelled before %1 was changed.</source>
        <translation>Annulé avant la modification de %1.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ReportDocument</name>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Results by section</source>
        <translation>Résultats par section</translation>
    </message>
    <message>
        <source>Waiver register</source>
        <translation>Registre des dérogations</translation>
    </message>
    <message>
        <source>Skipped checks</source>
        <translation>Contrôles ignorés</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Passed results are counted per rule but not listed one by one.</source>
        <translation>Les résultats réussis sont comptés par règle mais pas listés un à un.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Severity: %1. Results: %2.</source>
        <translation>Gravité : %1. Résultats : %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>No policy was used: nothing is waived.</source>
        <translation>Aucune politique n’a été utilisée : rien n’est dérogé.</translation>
    </message>
    <message>
        <source>The policy %1 waives nothing.</source>
        <translation>La politique %1 ne déroge à rien.</translation>
    </message>
    <message>
        <source>Waivers of the policy %1:</source>
        <translation>Dérogations de la politique %1 :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>No check was skipped.</source>
        <translation>Aucun contrôle n’a été ignoré.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
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
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Fix log</source>
        <translation>Journal des corrections</translation>
    </message>
    <message>
        <source>No fixes were applied through Hullcheck.</source>
        <translation>Aucune correction n’a été appliquée via Hullcheck.</translation>
    </message>
    <message>
        <source>Live fixes applied to this daemon through Hullcheck, oldest first:</source>
        <translation>Corrections à chaud appliquées à ce démon via Hullcheck, de la plus ancienne à la plus récente :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ReportModel</name>
    <message>
        <source>not used (local Unix socket)</source>
        <translation>non utilisé (socket Unix local)</translation>
    </message>
    <message>
        <source>none: plain TCP, NOT verified</source>
        <translation>aucun : TCP simple, NON vérifié</translation>
    </message>
    <message>
        <source>TLS, server certificate verified</source>
        <translation>TLS, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>TLS, server certificate NOT verified</source>
        <translation>TLS, certificat du serveur NON vérifié</translation>
    </message>
    <message>
        <source>Daemon name</source>
        <translation>Nom du démon</translation>
    </message>
    <message>
        <source>Daemon ID</source>
        <translation>ID du démon</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Version d’Engine</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>%1 (daemon maximum %2)</source>
        <translation>%1 (maximum du démon %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>%1 (chosen by %2)</source>
        <translation>%1 (choisi par %2)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate SHA-256</source>
        <translation>SHA-256 du certificat du serveur</translation>
    </message>
    <message>
        <source>%1 containers, %2 images, %3 networks, %4 volumes, the daemon and the host</source>
        <translation>%1 conteneurs, %2 images, %3 réseaux, %4 volumes, le démon et l’hôte</translation>
    </message>
    <message>
        <source>read from this machine</source>
        <translation>lus sur cette machine</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lus : %1</translation>
    </message>
    <message>
        <source>Snapshot collected</source>
        <translation>Instantané collecté</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Paquet de règles</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>%1 in the pack, %2 disabled by the policy</source>
        <translation>%1 dans le paquet, %2 désactivées par la politique</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation>Faits de l’hôte</translation>
    </message>
    <message>
        <source>Passed results</source>
        <translation>Résultats réussis</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listés</translation>
    </message>
    <message>
        <source>counted per rule, not listed</source>
        <translation>comptés par règle, non listés</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Total results</source>
        <translation>Total des résultats</translation>
    </message>
    <message>
        <source>Failures, %1</source>
        <translation>Échecs, %1</translation>
    </message>
    <message>
        <source>Hullcheck report: %1</source>
        <translation>Rapport Hullcheck : %1</translation>
    </message>
    <message>
        <source>Host Configuration</source>
        <translation>Configuration de l’hôte</translation>
    </message>
    <message>
        <source>Docker daemon configuration</source>
        <translation>Configuration du démon Docker</translation>
    </message>
    <message>
        <source>Docker daemon configuration files</source>
        <translation>Fichiers de configuration du démon Docker</translation>
    </message>
    <message>
        <source>Container Images and Build File</source>
        <translation>Images de conteneur et fichier de construction</translation>
    </message>
    <message>
        <source>Container Runtime</source>
        <translation>Exécution des conteneurs</translation>
    </message>
    <message>
        <source>Docker Security Operations</source>
        <translation>Opérations de sécurité Docker</translation>
    </message>
    <message>
        <source>Docker Swarm Configuration</source>
        <translation>Configuration de Docker Swarm</translation>
    </message>
    <message>
        <source>CIS %1: %2</source>
        <translation>CIS %1 : %2</translation>
    </message>
    <message>
        <source>Hullcheck practices (no CIS id)</source>
        <translation>Pratiques Hullcheck (sans ID CIS)</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dérogé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Hullcheck collected one snapshot of the daemon through the Docker Engine API (read-only calls: /info, /version, and the inspect data of every container, image, network and volume), plus, for a local daemon, the owner and mode of the files and the processes the host checks need. Every rule of the rule pack (the CIS Docker Benchmark v1.6.0 and Hullcheck&apos;s own practices) was then evaluated on every object of its scope, offline, as a pure function of the snapshot. Each rule and object gets one result: pass, fail, warn (a heuristic or a manual review item), info, skip (with the reason, e.g. no host access) or waived (by the policy, with reason, approver and expiry). Environment values are never shown: evidence names the variable, not its value. The score weighs automated results by severity (critical 10, high 5, medium 3, low 1): pass earns the full weight, warn half, fail nothing.</source>
        <translation>Hullcheck a collecté un instantané du démon par l’API Docker Engine (appels en lecture seule : /info, /version, et les données d’inspection de chaque conteneur, image, réseau et volume), ainsi que, pour un démon local, le propriétaire et le mode des fichiers et les processus dont les contrôles de l’hôte ont besoin. Chaque règle du paquet de règles (le CIS Docker Benchmark v1.6.0 et les pratiques propres à Hullcheck) a ensuite été évaluée hors ligne sur chaque objet de sa portée, comme une fonction pure de l’instantané. Chaque règle et objet reçoit un résultat : réussi, échec, avertissement (une heuristique ou un point à revoir manuellement), info, ignoré (avec la raison, par ex. pas d’accès à l’hôte) ou dérogé (par la politique, avec raison, approbateur et expiration). Les valeurs d’environnement ne sont jamais affichées : la preuve nomme la variable, pas sa valeur. Le score pondère les résultats automatisés par gravité (critique 10, élevée 5, moyenne 3, faible 1) : un succès rapporte tout le poids, un avertissement la moitié, un échec rien.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::RulePackLoader</name>
    <message>
        <source>No built-in rule packs in :/rules</source>
        <translation>Aucun paquet de règles intégré dans :/rules</translation>
    </message>
    <message>
        <source>The rule directory %1 does not exist</source>
        <translation>Le répertoire de règles %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n’est pas un répertoire</translation>
    </message>
    <message>
        <source>Cannot read the rule directory %1</source>
        <translation>Impossible de lire le répertoire de règles %1</translation>
    </message>
    <message>
        <source>The rule directory %1 holds no rule packs (*.yaml, *.yml)</source>
        <translation>Le répertoire de règles %1 ne contient aucun paquet de règles (*.yaml, *.yml)</translation>
    </message>
    <message>
        <source>a rule pack is one YAML document; remove the &quot;---&quot;</source>
        <translation>un paquet de règles est un seul document YAML ; supprimez le « --- »</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot; (first defined at %2:%3)</source>
        <translation>identifiant de règle « %1 » en double (défini d’abord en %2:%3)</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1 doit être une table associative (lignes clé: valeur)</translation>
    </message>
    <message>
        <source>the keys of a %1 must be plain words</source>
        <translation>les clés de %1 doivent être des mots simples</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3)</source>
        <translation>clé « %1 » inconnue dans %2 (clés possibles : %3)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in this %2</source>
        <translation>la clé « %1 » apparaît deux fois dans %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>« %1 » doit être un texte</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 n’a pas de « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>« %1 » est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>the file is empty; a rule pack needs &quot;pack&quot;, &quot;version&quot; and &quot;rules&quot;</source>
        <translation>le fichier est vide ; un paquet de règles exige « pack », « version » et « rules »</translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation>ce paquet de règles</translation>
    </message>
    <message>
        <source>the rule pack</source>
        <translation>le paquet de règles</translation>
    </message>
    <message>
        <source>the rule pack has no &quot;rules&quot;</source>
        <translation>le paquet de règles n’a pas de « rules »</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation>« rules » doit être une liste de règles</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>cette règle</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>une règle</translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>l’identifiant de règle « %1 » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>la règle %1</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (expected critical, high, medium, low or info)</source>
        <translation>gravité inconnue « %1 » (attendu : critical, high, medium, low ou info)</translation>
    </message>
    <message>
        <source>rule %1 has both &quot;%2&quot; and &quot;%3&quot;; use exactly one of fail_when, pass_when and builtin</source>
        <translation>la règle %1 a à la fois « %2 » et « %3 » ; utilisez un seul de fail_when, pass_when et builtin</translation>
    </message>
    <message>
        <source>CIS id &quot;%1&quot; must be numbers separated by dots, like &quot;5.10&quot;</source>
        <translation>l’identifiant CIS « %1 » doit être composé de nombres séparés par des points, comme « 5.10 »</translation>
    </message>
    <message>
        <source>CIS level must be 1 or 2, not &quot;%1&quot;</source>
        <translation>le niveau CIS doit être 1 ou 2, et non « %1 »</translation>
    </message>
    <message>
        <source>unknown evidence_source &quot;%1&quot; (expected api or host)</source>
        <translation>evidence_source inconnu « %1 » (attendu : api ou host)</translation>
    </message>
    <message>
        <source>unknown on_fail &quot;%1&quot; (expected fail, warn or info)</source>
        <translation>on_fail inconnu « %1 » (attendu : fail, warn ou info)</translation>
    </message>
    <message>
        <source>&quot;builtin&quot; is empty</source>
        <translation>« builtin » est vide</translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot; (known: %2)</source>
        <translation>contrôle intégré inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a mapping</source>
        <translation>« params » doit être une table associative</translation>
    </message>
    <message>
        <source>&quot;evidence&quot; is empty</source>
        <translation>« evidence » est vide</translation>
    </message>
    <message>
        <source>rule %1 has no check: add fail_when, pass_when or builtin, or mark it automated: false</source>
        <translation>la règle %1 n’a aucun contrôle : ajoutez fail_when, pass_when ou builtin, ou marquez-la automated: false</translation>
    </message>
    <message>
        <source>rule %1 is a manual review (automated: false) and cannot have &quot;%2&quot;</source>
        <translation>la règle %1 est une revue manuelle (automated: false) et ne peut pas avoir « %2 »</translation>
    </message>
    <message>
        <source>&quot;params&quot; is only used with &quot;builtin&quot;</source>
        <translation>« params » ne s’utilise qu’avec « builtin »</translation>
    </message>
    <message>
        <source>&quot;evidence&quot; is only used with fail_when or pass_when</source>
        <translation>« evidence » ne s’utilise qu’avec fail_when ou pass_when</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be texts</source>
        <translation>les entrées de « %1 » doivent être des textes</translation>
    </message>
    <message>
        <source>the segments of a path must be texts</source>
        <translation>les segments d’un chemin doivent être des textes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path: Dotted.Keys, a list of keys, or &quot;.&quot; for the element itself</source>
        <translation>« %1 » doit être un chemin : Clés.Séparées.Par.Points, une liste de clés, ou « . » pour l’élément lui-même</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; has an empty segment</source>
        <translation>le chemin « %1 » a un segment vide</translation>
    </message>
    <message>
        <source>path &quot;%1&quot;: write any_element or all_elements instead of &quot;[]&quot;</source>
        <translation>chemin « %1 » : écrivez any_element ou all_elements au lieu de « [] »</translation>
    </message>
    <message>
        <source>the value is nested too deeply or too large</source>
        <translation>la valeur est trop profondément imbriquée ou trop grande</translation>
    </message>
    <message>
        <source>the keys of a mapping must be texts</source>
        <translation>les clés d’une table associative doivent être des textes</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in this mapping</source>
        <translation>la clé « %1 » apparaît deux fois dans cette table associative</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>la condition est vide</translation>
    </message>
    <message>
        <source>conditions are nested too deeply</source>
        <translation>les conditions sont trop profondément imbriquées</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>cette condition</translation>
    </message>
    <message>
        <source>a condition has one operator, this one has &quot;%1&quot; and &quot;%2&quot;; combine them with all or any</source>
        <translation>une condition a un seul opérateur, celle-ci a « %1 » et « %2 » ; combinez-les avec all ou any</translation>
    </message>
    <message>
        <source>the condition has no operator (expected one of: %1)</source>
        <translation>la condition n’a pas d’opérateur (opérateurs possibles : %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no path; put the paths in its conditions</source>
        <translation>« %1 » ne prend pas de chemin ; mettez les chemins dans ses conditions</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; needs a path (&quot;path: .&quot; for the element itself)</source>
        <translation>la condition « %1 » exige un chemin (« path: . » pour l’élément lui-même)</translation>
    </message>
    <message>
        <source>&quot;path&quot; is empty (&quot;path: .&quot; for the element itself)</source>
        <translation>« path » est vide (« path: . » pour l’élément lui-même)</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list of values: in: [a, b]</source>
        <translation>« in » exige une liste de valeurs : in: [a, b]</translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a regular expression</source>
        <translation>« matches » exige une expression régulière</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>expression régulière invalide « %1 » : %2 à la position %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number</source>
        <translation>« %1 » exige un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list of conditions</source>
        <translation>« %1 » exige une liste de conditions</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one condition (a mapping)</source>
        <translation>« %1 » exige une seule condition (une table associative)</translation>
    </message>
    <message>
        <source>Cannot read the rule pack %1: %2</source>
        <translation>Impossible de lire le paquet de règles %1 : %2</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot; (expected host, daemon, container, image, network, volume or connection)</source>
        <translation>portée inconnue « %1 » (attendu : host, daemon, container, image, network, volume ou connection)</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ScanService</name>
    <message>
        <source>Evaluating rules</source>
        <translation>Évaluation des règles</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Snapshot</name>
    <message>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation>L’instantané n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation>L’instantané n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This file is not a Hullcheck snapshot (its schema is %1).</source>
        <translation>Ce fichier n’est pas un instantané Hullcheck (son schéma est %1).</translation>
    </message>
    <message>
        <source>The snapshot has schema version %1; this Hullcheck reads version %2. Update Hullcheck.</source>
        <translation>L’instantané a la version de schéma %1 ; ce Hullcheck lit la version %2. Mettez Hullcheck à jour.</translation>
    </message>
    <message>
        <source>The snapshot lacks the object &quot;%1&quot;.</source>
        <translation>Il manque l’objet « %1 » dans l’instantané.</translation>
    </message>
    <message>
        <source>The snapshot lacks the list &quot;%1&quot;.</source>
        <translation>Il manque la liste « %1 » dans l’instantané.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; of the snapshot holds something that is not an object.</source>
        <translation>La liste « %1 » de l’instantané contient autre chose qu’un objet.</translation>
    </message>
    <message>
        <source>The snapshot has no valid &quot;collected_at&quot; time.</source>
        <translation>L’instantané n’a pas d’heure « collected_at » valide.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation>Impossible d’ouvrir l’instantané %1 : %2</translation>
    </message>
    <message>
        <source>The snapshot %1 is larger than 1 GiB.</source>
        <translation>L’instantané %1 dépasse 1 Gio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 has an unexpected shape: expected %2.</source>
        <translation>La réponse du démon à %1 a une forme inattendue : %2 était attendu.</translation>
    </message>
    <message>
        <source>an object with &quot;Volumes&quot;</source>
        <translation>un objet avec « Volumes »</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>objects with a &quot;%1&quot; string</source>
        <translation>des objets avec une chaîne « %1 »</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Container %1 disappeared during the collection.</source>
        <translation>Le conteneur %1 a disparu pendant la collecte.</translation>
    </message>
    <message>
        <source>Processes of container %1 could not be listed: %2</source>
        <translation>Les processus du conteneur %1 n’ont pas pu être listés : %2</translation>
    </message>
    <message>
        <source>Image %1 disappeared during the collection.</source>
        <translation>L’image %1 a disparu pendant la collecte.</translation>
    </message>
    <message>
        <source>History of image %1 could not be read: %2</source>
        <translation>L’historique de l’image %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Network %1 disappeared during the collection.</source>
        <translation>Le réseau %1 a disparu pendant la collecte.</translation>
    </message>
    <message>
        <source>Connecting to the daemon</source>
        <translation>Connexion au démon</translation>
    </message>
    <message>
        <source>Listing objects</source>
        <translation>Liste des objets</translation>
    </message>
    <message>
        <source>Inspecting containers</source>
        <translation>Inspection des conteneurs</translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation>Inspection des images</translation>
    </message>
    <message>
        <source>Inspecting networks</source>
        <translation>Inspection des réseaux</translation>
    </message>
    <message>
        <source>Reading host facts</source>
        <translation>Lecture des faits de l’hôte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>host facts were not requested</source>
        <translation>les faits de l’hôte n’ont pas été demandés</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1 (lors de la lecture de %2)</translation>
    </message>
    <message>
        <source>an object with an &quot;Id&quot; string</source>
        <translation>un objet avec une chaîne « Id »</translation>
    </message>
    <message>
        <source>The daemon requires Engine API %1 or newer (its answer to /version), but Hullcheck speaks it at %2 (Hullcheck knows %3 to %4). Update Hullcheck.</source>
        <translation>Le démon exige l’API Engine %1 ou plus récente (sa réponse à /version), mais Hullcheck la parle en version %2 (Hullcheck connaît les versions %3 à %4). Mettez Hullcheck à jour.</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::TransportError</name>
    <message>
        <source>the system trust store</source>
        <translation>le magasin de certificats du système</translation>
    </message>
    <message>
        <source>The Docker socket %1 does not exist. Is the daemon running? Start it (for example &quot;systemctl start docker&quot;) or choose another endpoint with -H or a context.</source>
        <translation>Le socket Docker %1 n’existe pas. Le démon est-il lancé ? Démarrez-le (par exemple « systemctl start docker ») ou choisissez un autre point d’accès avec -H ou un contexte.</translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;, then log in again), or run a rootless daemon and connect to unix://$XDG_RUNTIME_DIR/docker.sock.</source>
        <translation>Permission refusée sur le socket Docker %1. Ajoutez votre utilisateur au groupe docker (« sudo usermod -aG docker $USER », puis reconnectez-vous), ou lancez un démon rootless et connectez-vous à unix://$XDG_RUNTIME_DIR/docker.sock.</translation>
    </message>
    <message>
        <source>Nothing is listening on the Docker socket %1 (a stale socket file?). Start the daemon.</source>
        <translation>Rien n’écoute sur le socket Docker %1 (un fichier de socket périmé ?). Démarrez le démon.</translation>
    </message>
    <message>
        <source>Cannot connect to the Docker socket %1: %2</source>
        <translation>Impossible de se connecter au socket Docker %1 : %2</translation>
    </message>
    <message>
        <source>The daemon at %1 refused the connection. Is it listening on port %2?</source>
        <translation>Le démon à %1 a refusé la connexion. Écoute-t-il sur le port %2 ?</translation>
    </message>
    <message>
        <source>Cannot reach the daemon at %1: %2</source>
        <translation>Impossible de joindre le démon à %1 : %2</translation>
    </message>
    <message>
        <source>The server certificate of %1 is not issued for the host name &quot;%2&quot;. Connect with the name the certificate names (its subject alternative names), or reissue the certificate.</source>
        <translation>Le certificat du serveur %1 n’est pas émis pour le nom d’hôte « %2 ». Connectez-vous avec un nom que le certificat mentionne (ses noms alternatifs du sujet), ou réémettez le certificat.</translation>
    </message>
    <message>
        <source>The server certificate of %1 is not trusted: it is not signed by the CA in %2. Give the CA that signed the daemon&apos;s certificate with --tlscacert (or ca.pem in DOCKER_CERT_PATH).</source>
        <translation>Le certificat du serveur %1 n’est pas de confiance : il n’est pas signé par l’AC de %2. Indiquez l’AC qui a signé le certificat du démon avec --tlscacert (ou ca.pem dans DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon at %1 requires a client certificate and none was given. Give one with --tlscert and --tlskey (or cert.pem and key.pem in DOCKER_CERT_PATH).</source>
        <translation>Le démon à %1 exige un certificat client et aucun n’a été fourni. Indiquez-en un avec --tlscert et --tlskey (ou cert.pem et key.pem dans DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer exceeded %1 MiB, so Hullcheck stopped reading it. This is far larger than any real Docker answer; is %2 really a Docker daemon?</source>
        <translation>La réponse du démon a dépassé %1 Mio, Hullcheck a donc cessé de la lire. C’est bien plus que toute vraie réponse de Docker ; %2 est-il vraiment un démon Docker ?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; of %2.</source>
        <translation>Impossible de résoudre le nom d’hôte « %1 » de %2.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read or holds no certificate.</source>
        <translation>Le fichier de certificat d’AC %1 est illisible ou ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be used: it is unreadable, encrypted, or does not match the certificate %2.</source>
        <translation>La clé client %1 est inutilisable : elle est illisible, chiffrée, ou ne correspond pas au certificat %2.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>Le certificat client %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>%1 does not speak TLS. It may be a plain-HTTP endpoint (unencrypted and unauthenticated: anyone who reaches it controls the host).</source>
        <translation>%1 ne parle pas TLS. C’est peut-être un point d’accès HTTP simple (non chiffré et non authentifié : quiconque l’atteint contrôle l’hôte).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>La connexion à %1 a été rompue : %2</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer was cut short (truncated response). The daemon may have stopped.</source>
        <translation>La réponse du démon a été tronquée. Le démon s’est peut-être arrêté.</translation>
    </message>
    <message>
        <source>The daemon at %1 closed the connection without answering.</source>
        <translation>Le démon à %1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a valid HTTP response. Is it a Docker daemon?</source>
        <translation>%1 a répondu par quelque chose qui n’est pas une réponse HTTP valide. Est-ce un démon Docker ?</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer is larger than %1 MiB, so Hullcheck did not read it.</source>
        <translation>La réponse du démon dépasse %1 Mio, Hullcheck ne l’a donc pas lue.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The daemon at %1 expects TLS. Connect with --tlsverify and the client certificate and key (or set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).</source>
        <translation>Le démon à %1 attend TLS. Connectez-vous avec --tlsverify et le certificat et la clé client (ou définissez DOCKER_TLS_VERIFY=1 et DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon answered HTTP %1 without a message.</source>
        <translation>Le démon a répondu HTTP %1 sans message.</translation>
    </message>
    <message>
        <source>The daemon answered HTTP %1: %2</source>
        <translation>Le démon a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is truncated JSON (it ends after %2 bytes).</source>
        <translation>La réponse du démon à %1 est du JSON tronqué (elle s’arrête après %2 octets).</translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is not valid JSON (%2 at byte %3 of %4).</source>
        <translation>La réponse du démon à %1 n’est pas du JSON valide (%2 à l’octet %3 sur %4).</translation>
    </message>
    <message>
        <source>The server certificate of %1 is not valid yet. Check this machine&apos;s clock and the daemon&apos;s, or reissue the certificate.</source>
        <translation>Le certificat du serveur %1 n’est pas encore valide. Vérifiez l’horloge de cette machine et celle du démon, ou réémettez le certificat.</translation>
    </message>
    <message>
        <source>The server certificate of %1 has expired. Renew the daemon&apos;s certificate (and check this machine&apos;s clock).</source>
        <translation>Le certificat du serveur %1 a expiré. Renouvelez le certificat du démon (et vérifiez l’horloge de cette machine).</translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: it expired on %3. Renew it with the CA the daemon trusts.</source>
        <translation>Le démon à %1 a refusé le certificat client %2 : il a expiré le %3. Renouvelez-le auprès de l’AC à laquelle le démon fait confiance.</translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: it is not valid before %3. Check this machine&apos;s clock.</source>
        <translation>Le démon à %1 a refusé le certificat client %2 : il n’est pas valide avant le %3. Vérifiez l’horloge de cette machine.</translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: most likely it is not signed by a CA the daemon trusts. Use a certificate issued by the daemon&apos;s CA (its --tlscacert).</source>
        <translation>Le démon à %1 a refusé le certificat client %2 : très probablement, il n’est pas signé par une AC à laquelle le démon fait confiance. Utilisez un certificat émis par l’AC du démon (son --tlscacert).</translation>
    </message>
    <message>
        <source>The daemon at %1 did not answer within %2 s. It may be overloaded or stuck, or a firewall drops the traffic; if it is only slow, give it more time (--timeout in hullcheck-cli, Settings in the app).</source>
        <translation>Le démon à %1 n’a pas répondu en %2 s. Il est peut-être surchargé ou bloqué, ou un pare-feu rejette le trafic ; s’il est seulement lent, accordez-lui plus de temps (--timeout dans hullcheck-cli, Paramètres dans l’application).</translation>
    </message>
</context>
<context>
    <name>hullcheck::core::YamlSupport</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>Erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected character</source>
        <translation>Erreur de syntaxe YAML : caractère inattendu</translation>
    </message>
</context>
<context>
    <name>hullcheck::rules</name>
    <message>
        <source>A separate partition holds the containers&apos; data</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION title</extracomment>
        <translation>Une partition distincte contient les données des conteneurs</translation>
    </message>
    <message>
        <source>Checks, from the daemon&apos;s mount table, that its data root (/info DockerRootDir; its parent under userns-remap) is a filesystem of its own. Being a mount point is not enough: dockerd bind-mounts its data root onto itself, which the reference tool&apos;s &quot;mountpoint -q&quot; takes for a partition.</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION description</extracomment>
        <translation>Vérifie, à partir de la table des montages du démon, que sa racine des données (/info DockerRootDir ; son parent sous userns-remap) est un système de fichiers à part entière. Être un point de montage ne suffit pas : dockerd monte en bind sa racine des données sur elle-même, ce que « mountpoint -q » de l’outil de référence prend pour une partition.</translation>
    </message>
    <message>
        <source>Images, containers and volumes grow without bound. On the root filesystem they can fill it and stop the host; on their own partition they can only stop Docker.</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION rationale</extracomment>
        <translation>Les images, conteneurs et volumes croissent sans limite. Sur le système de fichiers racine, ils peuvent le remplir et arrêter l’hôte ; sur leur propre partition, ils ne peuvent arrêter que Docker.</translation>
    </message>
    <message>
        <source>Create a dedicated partition or logical volume (LVM makes it easy to grow), stop the daemon, move the contents of {value} onto it, mount it at {value} through /etc/fstab, and start the daemon again. Or set &quot;data-root&quot; in {config_file} to a directory on a dedicated filesystem and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Créez une partition ou un volume logique dédié (LVM permet de l’agrandir facilement), arrêtez le démon, déplacez-y le contenu de {value}, montez-le sur {value} via /etc/fstab, puis redémarrez le démon. Ou bien définissez &quot;data-root&quot; dans {config_file} sur un répertoire d’un système de fichiers dédié et redémarrez le démon (sudo systemctl restart docker).</translation>
    </message>
    <message>
        <source>Only trusted users control the Docker daemon</source>
        <extracomment>HC-HOST-DOCKER-GROUP title</extracomment>
        <translation>Seuls des utilisateurs de confiance contrôlent le démon Docker</translation>
    </message>
    <message>
        <source>Lists the members of the daemon&apos;s socket group (from /etc/group, plus users whose primary group it is, and the group that owns the socket file when it is another one). Reported as information for review; a warning names members outside params.trusted_users when that list is given.</source>
        <extracomment>HC-HOST-DOCKER-GROUP description</extracomment>
        <translation>Liste les membres du groupe du socket du démon (d’après /etc/group, plus les utilisateurs dont c’est le groupe principal, et le groupe propriétaire du fichier socket s’il est différent). Signalé à titre d’information pour revue ; un avertissement nomme les membres absents de params.trusted_users lorsque cette liste est fournie.</translation>
    </message>
    <message>
        <source>Whoever can use the daemon&apos;s socket can start a privileged container that mounts the host&apos;s root filesystem: membership of the docker group is root on the host.</source>
        <extracomment>HC-HOST-DOCKER-GROUP rationale</extracomment>
        <translation>Quiconque peut utiliser le socket du démon peut lancer un conteneur privilégié qui monte le système de fichiers racine de l’hôte : appartenir au groupe docker revient à être root sur l’hôte.</translation>
    </message>
    <message>
        <source>Remove users who should not control the daemon from the group: sudo gpasswd -d USER docker (members: {value}). Consider rootless mode for users who only need their own containers.</source>
        <extracomment>HC-HOST-DOCKER-GROUP remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Retirez du groupe les utilisateurs qui ne doivent pas contrôler le démon : sudo gpasswd -d USER docker (membres : {value}). Envisagez le mode rootless pour les utilisateurs qui n’ont besoin que de leurs propres conteneurs.</translation>
    </message>
    <message>
        <source>The Docker daemon is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD title</extracomment>
        <translation>Le démon Docker est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule (auditctl -l, else /etc/audit/audit.rules and /etc/audit/rules.d) watches the daemon&apos;s executable, as /proc/PID/exe names it (/usr/sbin/dockerd on Debian, /usr/bin/dockerd elsewhere).</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD description</extracomment>
        <translation>Vérifie qu’une règle d’audit (auditctl -l, sinon /etc/audit/audit.rules et /etc/audit/rules.d) surveille l’exécutable du démon, tel que le désigne /proc/PID/exe (/usr/sbin/dockerd sous Debian, /usr/bin/dockerd ailleurs).</translation>
    </message>
    <message>
        <source>The daemon runs as root; an audit trail of who ran or changed it is needed to investigate an incident.</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD rationale</extracomment>
        <translation>Le démon s’exécute en root ; une trace d’audit indiquant qui l’a lancé ou modifié est nécessaire pour enquêter sur un incident.</translation>
    </message>
    <message>
        <source>Add the line &quot;-w {value} -p rwxa -k docker&quot; to /etc/audit/rules.d/docker.rules and load it with &quot;sudo augenrules --load&quot; (or, until the next reboot, &quot;sudo auditctl -w {value} -p rwxa -k docker&quot;).</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ajoutez la ligne « -w {value} -p rwxa -k docker » à /etc/audit/rules.d/docker.rules et chargez-la avec « sudo augenrules --load » (ou, jusqu’au prochain redémarrage, « sudo auditctl -w {value} -p rwxa -k docker »).</translation>
    </message>
    <message>
        <source>/run/containerd is audited</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD title</extracomment>
        <translation>/run/containerd est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /run/containerd, containerd&apos;s state directory (its sockets and the running containers&apos; bundles). Skipped when the directory does not exist.</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille /run/containerd, le répertoire d’état de containerd (ses sockets et les bundles des conteneurs en cours d’exécution). Ignoré si le répertoire n’existe pas.</translation>
    </message>
    <message>
        <source>Changes under /run/containerd change running containers; auditing them records who did it.</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD rationale</extracomment>
        <translation>Les modifications sous /run/containerd modifient les conteneurs en cours d’exécution ; les auditer permet de savoir qui les a faites.</translation>
    </message>
    <message>
        <source>The Docker data root is audited</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT title</extracomment>
        <translation>La racine des données Docker est auditée</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the daemon&apos;s data root as /info DockerRootDir reports it (the reference tool checks /var/lib/docker whatever the daemon uses).</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille la racine des données du démon telle que /info DockerRootDir l’indique (l’outil de référence contrôle /var/lib/docker quel que soit le répertoire utilisé par le démon).</translation>
    </message>
    <message>
        <source>The data root holds every image, container filesystem and volume; an audit trail shows who changed them.</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT rationale</extracomment>
        <translation>La racine des données contient toutes les images, tous les systèmes de fichiers de conteneurs et tous les volumes ; une trace d’audit montre qui les a modifiés.</translation>
    </message>
    <message>
        <source>/etc/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER title</extracomment>
        <translation>/etc/docker est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/docker (daemon.json, TLS keys, registry certificates). Skipped when the directory does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille /etc/docker (daemon.json, clés TLS, certificats de registres). Ignoré si le répertoire n’existe pas.</translation>
    </message>
    <message>
        <source>/etc/docker holds the daemon&apos;s configuration and keys; changes to it change how the daemon runs.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER rationale</extracomment>
        <translation>/etc/docker contient la configuration et les clés du démon ; le modifier change le fonctionnement du démon.</translation>
    </message>
    <message>
        <source>The docker.service unit file is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE title</extracomment>
        <translation>Le fichier d’unité docker.service est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the docker.service unit file systemd loads (systemctl show -p FragmentPath, else /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system). Skipped when there is no such unit.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille le fichier d’unité docker.service chargé par systemd (systemctl show -p FragmentPath, sinon /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system). Ignoré en l’absence d’une telle unité.</translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; changing it changes the daemon&apos;s flags at the next start.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE rationale</extracomment>
        <translation>Le fichier d’unité définit la ligne de commande du démon ; le modifier change les options du démon au prochain démarrage.</translation>
    </message>
    <message>
        <source>The containerd socket is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK title</extracomment>
        <translation>Le socket containerd est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd socket the daemon really uses: --containerd, else the system containerd&apos;s /run/containerd/containerd.sock, else the containerd dockerd started under its exec-root (Debian&apos;s docker.io). The reference tool never finds the file here and prints a broken remediation.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille le socket containerd réellement utilisé par le démon : --containerd, sinon /run/containerd/containerd.sock du containerd système, sinon le containerd lancé par dockerd sous son exec-root (docker.io de Debian). L’outil de référence ne trouve jamais le fichier dans ce cas et affiche une remédiation erronée.</translation>
    </message>
    <message>
        <source>The containerd socket gives full control of every container, as the Docker socket does.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK rationale</extracomment>
        <translation>Le socket containerd donne le contrôle total de tous les conteneurs, comme le socket Docker.</translation>
    </message>
    <message>
        <source>The docker.socket unit file is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT title</extracomment>
        <translation>Le fichier d’unité docker.socket est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the docker.socket unit file (where systemd creates the daemon&apos;s socket and sets its owner and mode). Skipped when there is no such unit.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille le fichier d’unité docker.socket (où systemd crée le socket du démon et fixe son propriétaire et son mode). Ignoré en l’absence d’une telle unité.</translation>
    </message>
    <message>
        <source>The socket unit decides who may use the daemon&apos;s socket; changes to it should leave a trail.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT rationale</extracomment>
        <translation>L’unité socket détermine qui peut utiliser le socket du démon ; ses modifications doivent laisser une trace.</translation>
    </message>
    <message>
        <source>/etc/default/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER title</extracomment>
        <translation>/etc/default/docker est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/default/docker (extra daemon options on Debian-based hosts). Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille /etc/default/docker (options supplémentaires du démon sur les hôtes de type Debian). Ignoré si le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file can add flags to the daemon&apos;s command line.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER rationale</extracomment>
        <translation>Ce fichier peut ajouter des options à la ligne de commande du démon.</translation>
    </message>
    <message>
        <source>The daemon&apos;s daemon.json is audited</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON title</extracomment>
        <translation>Le daemon.json du démon est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the daemon.json the daemon reads (--config-file, else /etc/docker/daemon.json; ~/.config/docker/daemon.json when rootless); a watch on its directory counts. Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille le daemon.json lu par le démon (--config-file, sinon /etc/docker/daemon.json ; ~/.config/docker/daemon.json en mode rootless) ; une surveillance de son répertoire compte. Ignoré si le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>daemon.json holds the daemon&apos;s security settings; changes to it should leave a trail.</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON rationale</extracomment>
        <translation>daemon.json contient les paramètres de sécurité du démon ; ses modifications doivent laisser une trace.</translation>
    </message>
    <message>
        <source>/etc/containerd/config.toml is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG title</extracomment>
        <translation>/etc/containerd/config.toml est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches containerd&apos;s configuration file. Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille le fichier de configuration de containerd. Ignoré si le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>containerd&apos;s configuration decides runtimes, plugins and registries for every container.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG rationale</extracomment>
        <translation>La configuration de containerd détermine les runtimes, plugins et registres de tous les conteneurs.</translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-SYSCONFIG-DOCKER title</extracomment>
        <translation>/etc/sysconfig/docker est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/sysconfig/docker (extra daemon options on Red Hat-based hosts). Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-SYSCONFIG-DOCKER description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille /etc/sysconfig/docker (options supplémentaires du démon sur les hôtes de type Red Hat). Ignoré si le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The containerd binary is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN title</extracomment>
        <translation>Le binaire containerd est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd executable, found on the search path (/usr/bin/containerd on most hosts). Skipped when containerd is not installed.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille l’exécutable containerd, trouvé dans le chemin de recherche (/usr/bin/containerd sur la plupart des hôtes). Ignoré si containerd n’est pas installé.</translation>
    </message>
    <message>
        <source>containerd runs every container as root; replacing its binary takes over all of them.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN rationale</extracomment>
        <translation>containerd exécute tous les conteneurs en root ; remplacer son binaire permet de tous les prendre en main.</translation>
    </message>
    <message>
        <source>The containerd-shim binary is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM title</extracomment>
        <translation>Le binaire containerd-shim est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim executable (the v1 shim of older containerd). Skipped when it is not installed (containerd 2.0 removed it).</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille l’exécutable containerd-shim (le shim v1 des anciennes versions de containerd). Ignoré s’il n’est pas installé (containerd 2.0 l’a supprimé).</translation>
    </message>
    <message>
        <source>A shim runs next to each container and holds its stdio and exit status.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM rationale</extracomment>
        <translation>Un shim s’exécute à côté de chaque conteneur et détient ses entrées-sorties standard et son code de sortie.</translation>
    </message>
    <message>
        <source>The containerd-shim-runc-v1 binary is audited</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V1 title</extracomment>
        <translation>Le binaire containerd-shim-runc-v1 est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim-runc-v1 executable. Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V1 description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille l’exécutable containerd-shim-runc-v1. Ignoré s’il n’est pas installé.</translation>
    </message>
    <message>
        <source>The containerd-shim-runc-v2 binary is audited</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V2 title</extracomment>
        <translation>Le binaire containerd-shim-runc-v2 est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim-runc-v2 executable, the shim current Docker engines use. Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V2 description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille l’exécutable containerd-shim-runc-v2, le shim utilisé par les moteurs Docker actuels. Ignoré s’il n’est pas installé.</translation>
    </message>
    <message>
        <source>The runc binary is audited</source>
        <extracomment>HC-HOST-AUDIT-RUNC title</extracomment>
        <translation>Le binaire runc est audité</translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the runc executable the daemon runs (/info Runtimes, found on the search path: /usr/sbin/runc on Debian, /usr/bin/runc elsewhere). Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-RUNC description</extracomment>
        <translation>Vérifie qu’une règle d’audit surveille l’exécutable runc lancé par le démon (/info Runtimes, trouvé dans le chemin de recherche : /usr/sbin/runc sous Debian, /usr/bin/runc ailleurs). Ignoré s’il n’est pas installé.</translation>
    </message>
    <message>
        <source>runc creates every container&apos;s namespaces and cgroups as root; a replaced runc escapes every container.</source>
        <extracomment>HC-HOST-AUDIT-RUNC rationale</extracomment>
        <translation>runc crée en root les espaces de noms et les cgroups de chaque conteneur ; un runc remplacé permet de sortir de tous les conteneurs.</translation>
    </message>
    <message>
        <source>The container host is hardened</source>
        <extracomment>HC-HOST-HARDENED title</extracomment>
        <translation>L’hôte des conteneurs est durci</translation>
    </message>
    <message>
        <source>Review the host itself against a hardening guide for its operating system (for example the CIS benchmark for the distribution): minimal packages, patched kernel, SSH and accounts restricted, a firewall in front of published ports. Hullcheck cannot judge this; it is a manual review item.</source>
        <extracomment>HC-HOST-HARDENED description</extracomment>
        <translation>Examinez l’hôte lui-même au regard d’un guide de durcissement pour son système d’exploitation (par exemple le CIS Benchmark de la distribution) : paquets minimaux, noyau à jour, SSH et comptes restreints, pare-feu devant les ports publiés. Hullcheck ne peut pas en juger ; il s’agit d’un point de revue manuelle.</translation>
    </message>
    <message>
        <source>Containers share the host&apos;s kernel: a weak host undoes every container setting.</source>
        <extracomment>HC-HOST-HARDENED rationale</extracomment>
        <translation>Les conteneurs partagent le noyau de l’hôte : un hôte faible annule tous les réglages des conteneurs.</translation>
    </message>
    <message>
        <source>Apply your distribution&apos;s hardening guide to the host, or run containers on a minimal container-optimised OS, and keep it patched.</source>
        <extracomment>HC-HOST-HARDENED remediation</extracomment>
        <translation>Appliquez à l’hôte le guide de durcissement de votre distribution, ou exécutez les conteneurs sur un OS minimal optimisé pour les conteneurs, et maintenez-le à jour.</translation>
    </message>
    <message>
        <source>Docker Engine, containerd and runc are maintained releases without known vulnerabilities</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION title</extracomment>
        <translation>Docker Engine, containerd et runc sont des versions maintenues sans vulnérabilités connues</translation>
    </message>
    <message>
        <source>Compares the engine version (/version) and the containerd and runc versions it reports with a release table shipped in this rule (its date is shown): whether the release series is still maintained, and which known vulnerabilities are fixed in later versions. A version newer than the table is reported as information, not as vulnerable. Distribution builds (such as Debian&apos;s 20.10.24+dfsg1) whose upstream version is affected get a warning, because distributions backport fixes, unless the table names the fixing package. The reference tool guesses from the date instead, which means nothing since Docker stopped date versioning.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION description</extracomment>
        <translation>Compare la version du moteur (/version) ainsi que les versions de containerd et de runc qu’il indique avec une table des versions livrée avec cette règle (sa date est affichée) : la série de versions est-elle encore maintenue, et quelles vulnérabilités connues sont corrigées dans des versions ultérieures. Une version plus récente que la table est signalée à titre d’information, pas comme vulnérable. Les builds de distribution (comme 20.10.24+dfsg1 de Debian) dont la version amont est concernée reçoivent un avertissement, car les distributions rétroportent des correctifs, sauf si la table nomme le paquet correctif. L’outil de référence se fonde plutôt sur la date, ce qui n’a aucun sens depuis que Docker a abandonné le versionnage par date.</translation>
    </message>
    <message>
        <source>Container escapes in runc and containerd, and authorization bypasses in the engine, are fixed by upgrading. Unmaintained releases get no fixes at all.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION rationale</extracomment>
        <translation>Les évasions de conteneur dans runc et containerd, et les contournements d’autorisation dans le moteur, se corrigent par une mise à jour. Les versions non maintenues ne reçoivent plus aucun correctif.</translation>
    </message>
    <message>
        <source>Upgrade {value} to a maintained release with the fixes: Docker&apos;s packages (docker-ce, containerd.io) or your distribution&apos;s security updates, then restart the daemon (sudo systemctl restart docker; with live-restore the containers keep running). Keep the host&apos;s kernel patched too.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Mettez à jour {value} vers une version maintenue comportant les correctifs : paquets de Docker (docker-ce, containerd.io) ou mises à jour de sécurité de votre distribution, puis redémarrez le démon (sudo systemctl restart docker ; avec live-restore, les conteneurs continuent de tourner). Maintenez aussi le noyau de l’hôte à jour.</translation>
    </message>
    <message>
        <source>The Docker daemon runs as a non-root user if possible</source>
        <extracomment>HC-DAEMON-ROOTLESS title</extracomment>
        <translation>Le démon Docker s’exécute si possible sous un utilisateur non root</translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=rootless (Podman: /info Rootless). A daemon running as root is reported as information: rootless mode has limits (no AppArmor, some network and storage drivers), so CIS asks for it only where possible. HC-DAEMON-USERNS fails when neither rootless mode nor user namespace remapping is in use.</source>
        <extracomment>HC-DAEMON-ROOTLESS description</extracomment>
        <translation>Recherche name=rootless dans /info SecurityOptions (Podman : /info Rootless). Un démon exécuté en root est signalé à titre d’information : le mode rootless a des limites (pas d’AppArmor, certains pilotes réseau et de stockage), le CIS ne l’exige donc que lorsque c’est possible. HC-DAEMON-USERNS échoue lorsque ni le mode rootless ni le remappage des espaces de noms utilisateur n’est utilisé.</translation>
    </message>
    <message>
        <source>A rootless daemon and its containers run as an unprivileged user, so an escape from a container or a flaw in the daemon does not give root on the host.</source>
        <extracomment>HC-DAEMON-ROOTLESS rationale</extracomment>
        <translation>Un démon rootless et ses conteneurs s’exécutent sous un utilisateur non privilégié ; une évasion de conteneur ou une faille du démon ne donne donc pas root sur l’hôte.</translation>
    </message>
    <message>
        <source>Where the workload allows it, run the daemon in rootless mode: install docker-ce-rootless-extras (or rootlesskit and slirp4netns), run &quot;dockerd-rootless-setuptool.sh install&quot; as the user who will own the daemon, and point clients at unix://$XDG_RUNTIME_DIR/docker.sock.</source>
        <extracomment>HC-DAEMON-ROOTLESS remediation</extracomment>
        <translation>Lorsque la charge de travail le permet, exécutez le démon en mode rootless : installez docker-ce-rootless-extras (ou rootlesskit et slirp4netns), lancez « dockerd-rootless-setuptool.sh install » sous l’utilisateur qui possédera le démon, et faites pointer les clients vers unix://$XDG_RUNTIME_DIR/docker.sock.</translation>
    </message>
    <message>
        <source>Network traffic between containers on the default bridge is restricted</source>
        <extracomment>HC-DAEMON-ICC title</extracomment>
        <translation>Le trafic réseau entre conteneurs sur le bridge par défaut est restreint</translation>
    </message>
    <message>
        <source>Checks the running default bridge network&apos;s option com.docker.network.bridge.enable_icc (GET /networks/bridge), which is what the daemon applies, whatever daemon.json says. Skipped on daemons without a default bridge (Podman).</source>
        <extracomment>HC-DAEMON-ICC description</extracomment>
        <translation>Vérifie l’option com.docker.network.bridge.enable_icc du réseau bridge par défaut en service (GET /networks/bridge), qui est ce que le démon applique, quoi qu’indique daemon.json. Ignoré sur les démons sans bridge par défaut (Podman).</translation>
    </message>
    <message>
        <source>With inter-container communication on, every container on the default bridge can reach every port of every other one, so one compromised container can attack all the others.</source>
        <extracomment>HC-DAEMON-ICC rationale</extracomment>
        <translation>Lorsque la communication inter-conteneurs est activée, chaque conteneur du bridge par défaut peut atteindre tous les ports de tous les autres : un seul conteneur compromis peut attaquer tous les autres.</translation>
    </message>
    <message>
        <source>Set &quot;icc&quot;: false in {config_file} (or start dockerd with --icc=false) and restart the daemon (sudo systemctl restart docker). Containers that must talk to each other go on a user-defined network (&quot;docker network create NAME&quot;), where they can, and where nothing else can reach them.</source>
        <extracomment>HC-DAEMON-ICC remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez &quot;icc&quot;: false dans {config_file} (ou lancez dockerd avec --icc=false) et redémarrez le démon (sudo systemctl restart docker). Les conteneurs qui doivent communiquer entre eux vont sur un réseau défini par l’utilisateur (« docker network create NAME »), où ils le peuvent et où rien d’autre ne peut les atteindre.</translation>
    </message>
    <message>
        <source>The daemon&apos;s logging level is info</source>
        <extracomment>HC-DAEMON-LOG-LEVEL title</extracomment>
        <translation>Le niveau de journalisation du démon est info</translation>
    </message>
    <message>
        <source>Fails when /info shows debug logging. Otherwise reads --log-level (-l) from the daemon&apos;s command line, else &quot;log-level&quot; in its daemon.json (default info), which needs host access. The reference tool never reads the command line for this check, so --log-level=debug passes there.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL description</extracomment>
        <translation>Échoue lorsque /info indique une journalisation debug. Sinon, lit --log-level (-l) sur la ligne de commande du démon, à défaut &quot;log-level&quot; dans son daemon.json (info par défaut), ce qui nécessite un accès à l’hôte. L’outil de référence ne lit jamais la ligne de commande pour ce contrôle ; --log-level=debug y passe donc avec succès.</translation>
    </message>
    <message>
        <source>&quot;info&quot; records what an investigation needs. &quot;debug&quot; floods the logs and can record sensitive data; &quot;warn&quot;, &quot;error&quot; and &quot;fatal&quot; lose events.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL rationale</extracomment>
        <translation>« info » enregistre ce dont une enquête a besoin. « debug » inonde les journaux et peut enregistrer des données sensibles ; « warn », « error » et « fatal » perdent des événements.</translation>
    </message>
    <message>
        <source>Remove &quot;log-level&quot; from {config_file} or set it to &quot;info&quot; (and drop --log-level / -l / -D from the daemon&apos;s command line), then restart the daemon (sudo systemctl restart docker). Current value: {value}.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez &quot;log-level&quot; de {config_file} ou réglez-le sur &quot;info&quot; (et retirez --log-level / -l / -D de la ligne de commande du démon), puis redémarrez le démon (sudo systemctl restart docker). Valeur actuelle : {value}.</translation>
    </message>
    <message>
        <source>Docker is allowed to make changes to iptables</source>
        <extracomment>HC-DAEMON-IPTABLES title</extracomment>
        <translation>Docker est autorisé à modifier iptables</translation>
    </message>
    <message>
        <source>Reads --iptables from the daemon&apos;s command line, else &quot;iptables&quot; in its daemon.json (default true). Needs host access: the API does not show it.</source>
        <extracomment>HC-DAEMON-IPTABLES description</extracomment>
        <translation>Lit --iptables sur la ligne de commande du démon, à défaut &quot;iptables&quot; dans son daemon.json (true par défaut). Nécessite un accès à l’hôte : l’API ne l’expose pas.</translation>
    </message>
    <message>
        <source>With iptables management off, published ports, network isolation and masquerading must be kept right by hand, and mistakes expose containers or let them reach what they should not.</source>
        <extracomment>HC-DAEMON-IPTABLES rationale</extracomment>
        <translation>Sans gestion d’iptables, les ports publiés, l’isolation réseau et le masquerading doivent être tenus à jour à la main, et les erreurs exposent des conteneurs ou leur permettent d’atteindre ce qui devrait leur être inaccessible.</translation>
    </message>
    <message>
        <source>Remove &quot;iptables&quot;: false from {config_file} (or --iptables=false from the daemon&apos;s command line) and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-DAEMON-IPTABLES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez &quot;iptables&quot;: false de {config_file} (ou --iptables=false de la ligne de commande du démon) et redémarrez le démon (sudo systemctl restart docker).</translation>
    </message>
    <message>
        <source>Insecure registries are not used</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES title</extracomment>
        <translation>Aucun registre non sécurisé n’est utilisé</translation>
    </message>
    <message>
        <source>Checks the running daemon&apos;s /info RegistryConfig (InsecureRegistryCIDRs and IndexConfigs with Secure false). Loopback (Docker&apos;s built-in 127.0.0.0/8, ::1/128, localhost) is ignored: the reference tool flags that default. An entry in daemon.json that the running daemon does not use is noted.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES description</extracomment>
        <translation>Vérifie /info RegistryConfig du démon en service (InsecureRegistryCIDRs et IndexConfigs avec Secure à false). Le loopback (127.0.0.0/8, ::1/128, localhost intégrés à Docker) est ignoré : l’outil de référence signale cette valeur par défaut. Une entrée de daemon.json que le démon en service n’utilise pas est mentionnée.</translation>
    </message>
    <message>
        <source>An insecure registry is reached over plain HTTP or unverified TLS, so anyone on the path can serve tampered images to the daemon.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES rationale</extracomment>
        <translation>Un registre non sécurisé est joint en HTTP simple ou en TLS non vérifié : toute personne sur le chemin peut fournir au démon des images altérées.</translation>
    </message>
    <message>
        <source>Remove {value} from &quot;insecure-registries&quot; in {config_file} (or drop --insecure-registry from the daemon&apos;s command line) and restart the daemon; give the registry a TLS certificate, or trust its CA in /etc/docker/certs.d/HOST:PORT/ca.crt.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Retirez {value} de &quot;insecure-registries&quot; dans {config_file} (ou supprimez --insecure-registry de la ligne de commande du démon) et redémarrez le démon ; dotez le registre d’un certificat TLS, ou faites confiance à son AC dans /etc/docker/certs.d/HOST:PORT/ca.crt.</translation>
    </message>
    <message>
        <source>The aufs storage driver is not used</source>
        <extracomment>HC-DAEMON-AUFS title</extracomment>
        <translation>Le pilote de stockage aufs n’est pas utilisé</translation>
    </message>
    <message>
        <source>Checks /info Driver.</source>
        <extracomment>HC-DAEMON-AUFS description</extracomment>
        <translation>Vérifie /info Driver.</translation>
    </message>
    <message>
        <source>aufs is unmaintained, was removed from Docker Engine 24, and has known kernel crashes and security issues.</source>
        <extracomment>HC-DAEMON-AUFS rationale</extracomment>
        <translation>aufs n’est plus maintenu, a été retiré de Docker Engine 24 et présente des plantages du noyau et des problèmes de sécurité connus.</translation>
    </message>
    <message>
        <source>Move to overlay2: save what you need (docker save, volume backups), set &quot;storage-driver&quot;: &quot;overlay2&quot; in {config_file}, restart the daemon and pull or load the images again.</source>
        <extracomment>HC-DAEMON-AUFS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Passez à overlay2 : sauvegardez ce dont vous avez besoin (docker save, sauvegardes des volumes), définissez &quot;storage-driver&quot;: &quot;overlay2&quot; dans {config_file}, redémarrez le démon, puis récupérez (pull) ou rechargez les images.</translation>
    </message>
    <message>
        <source>The daemon is never reachable over TCP without TLS client authentication</source>
        <extracomment>HC-DAEMON-TCP-TLS title</extracomment>
        <translation>Le démon n’est jamais joignable en TCP sans authentification TLS des clients</translation>
    </message>
    <message>
        <source>Fails when this scan itself reached the daemon over plain TCP (or TLS without verifying the daemon), which the API alone proves, also for remote daemons. With host access, also fails for every TCP listener in the daemon&apos;s -H / --host flags and daemon.json &quot;hosts&quot; when the daemon lacks --tlsverify (--tls alone does not authenticate clients). A verified TLS connection without host access is information: the daemon&apos;s other listeners cannot be seen.</source>
        <extracomment>HC-DAEMON-TCP-TLS description</extracomment>
        <translation>Échoue lorsque cette analyse a elle-même joint le démon en TCP simple (ou en TLS sans vérifier le démon), ce que l’API seule prouve, y compris pour les démons distants. Avec un accès à l’hôte, échoue aussi pour chaque écoute TCP des options -H / --host du démon et de &quot;hosts&quot; dans daemon.json lorsque le démon n’a pas --tlsverify (--tls seul n’authentifie pas les clients). Une connexion TLS vérifiée sans accès à l’hôte est une information : les autres écoutes du démon ne sont pas visibles.</translation>
    </message>
    <message>
        <source>The Docker API is root on the host. Without TLS client authentication, anyone who can reach the port can start a privileged container and take over the machine.</source>
        <extracomment>HC-DAEMON-TCP-TLS rationale</extracomment>
        <translation>L’API Docker équivaut à root sur l’hôte. Sans authentification TLS des clients, quiconque peut atteindre le port peut lancer un conteneur privilégié et prendre le contrôle de la machine.</translation>
    </message>
    <message>
        <source>Stop listening on plain TCP ({value}): use the unix socket (or SSH, DOCKER_HOST=ssh://user@host), or give the daemon &quot;tlsverify&quot;: true, &quot;tlscacert&quot;, &quot;tlscert&quot; and &quot;tlskey&quot; in {config_file} with a CA that signs only trusted clients, listen on port 2376, and restart the daemon. Clients then connect with --tlsverify and their own certificate.</source>
        <extracomment>HC-DAEMON-TCP-TLS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Cessez d’écouter en TCP simple ({value}) : utilisez le socket unix (ou SSH, DOCKER_HOST=ssh://user@host), ou configurez dans {config_file} &quot;tlsverify&quot;: true, &quot;tlscacert&quot;, &quot;tlscert&quot; et &quot;tlskey&quot; avec une AC qui ne signe que des clients de confiance, écoutez sur le port 2376 et redémarrez le démon. Les clients se connectent alors avec --tlsverify et leur propre certificat.</translation>
    </message>
    <message>
        <source>The default ulimits are configured appropriately</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS title</extracomment>
        <translation>Les ulimits par défaut sont configurées de manière appropriée</translation>
    </message>
    <message>
        <source>Review the daemon&apos;s default ulimits (&quot;default-ulimits&quot; in daemon.json, or --default-ulimit) against what the workloads need, for example nofile and nproc. Whether a limit is appropriate is a judgement, so this is a manual review item (CIS marks it manual).</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS description</extracomment>
        <translation>Comparez les ulimits par défaut du démon (&quot;default-ulimits&quot; dans daemon.json, ou --default-ulimit) aux besoins des charges de travail, par exemple nofile et nproc. Le caractère approprié d’une limite relève du jugement : il s’agit donc d’un point de revue manuelle (le CIS le classe comme manuel).</translation>
    </message>
    <message>
        <source>Default ulimits bound what one container can take of file handles and processes, so it cannot starve the others.</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS rationale</extracomment>
        <translation>Les ulimits par défaut bornent ce qu’un conteneur peut consommer en descripteurs de fichiers et en processus, afin qu’il ne puisse pas affamer les autres.</translation>
    </message>
    <message>
        <source>Set defaults in {config_file}, for example &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 64000, &quot;Hard&quot;: 64000}}, restart the daemon, and override per container with --ulimit where needed.</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez des valeurs par défaut dans {config_file}, par exemple &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 64000, &quot;Hard&quot;: 64000}}, redémarrez le démon et surchargez-les par conteneur avec --ulimit si nécessaire.</translation>
    </message>
    <message>
        <source>Container root is not host root (user namespace remapping or rootless mode)</source>
        <extracomment>HC-DAEMON-USERNS title</extracomment>
        <translation>Le root du conteneur n’est pas le root de l’hôte (remappage des espaces de noms utilisateur ou mode rootless)</translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=userns (user namespace remapping) or name=rootless (the whole daemon in a user namespace; Podman: /info Rootless). Either maps root in a container to an unprivileged user on the host.</source>
        <extracomment>HC-DAEMON-USERNS description</extracomment>
        <translation>Recherche name=userns (remappage des espaces de noms utilisateur) ou name=rootless (le démon entier dans un espace de noms utilisateur ; Podman : /info Rootless) dans /info SecurityOptions. L’un comme l’autre associe le root d’un conteneur à un utilisateur non privilégié de l’hôte.</translation>
    </message>
    <message>
        <source>Without a user namespace, uid 0 in a container is uid 0 on the host: any escape, or any host path mounted into the container, is root&apos;s.</source>
        <extracomment>HC-DAEMON-USERNS rationale</extracomment>
        <translation>Sans espace de noms utilisateur, l’uid 0 d’un conteneur est l’uid 0 de l’hôte : toute évasion, ou tout chemin de l’hôte monté dans le conteneur, appartient à root.</translation>
    </message>
    <message>
        <source>Either set &quot;userns-remap&quot;: &quot;default&quot; in {config_file} (Docker creates the dockremap user and its /etc/subuid and /etc/subgid ranges) and restart the daemon (existing images and containers are not visible to the remapped daemon), or run the daemon rootless (dockerd-rootless-setuptool.sh install).</source>
        <extracomment>HC-DAEMON-USERNS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Soit définissez &quot;userns-remap&quot;: &quot;default&quot; dans {config_file} (Docker crée l’utilisateur dockremap et ses plages dans /etc/subuid et /etc/subgid) et redémarrez le démon (les images et conteneurs existants ne sont pas visibles du démon remappé), soit exécutez le démon en mode rootless (dockerd-rootless-setuptool.sh install).</translation>
    </message>
    <message>
        <source>The default cgroup parent is the default</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT title</extracomment>
        <translation>Le cgroup parent par défaut n’est pas modifié</translation>
    </message>
    <message>
        <source>Reads --cgroup-parent from the daemon&apos;s command line, else &quot;cgroup-parent&quot; in its daemon.json. Warns when it is set, for review. (The reference tool never sees the daemon.json setting.) Needs host access.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT description</extracomment>
        <translation>Lit --cgroup-parent sur la ligne de commande du démon, à défaut &quot;cgroup-parent&quot; dans son daemon.json. Avertit lorsqu’il est défini, pour revue. (L’outil de référence ne voit jamais le réglage de daemon.json.) Nécessite un accès à l’hôte.</translation>
    </message>
    <message>
        <source>The cgroup parent decides which limits every container inherits; a changed parent should be deliberate.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT rationale</extracomment>
        <translation>Le cgroup parent détermine les limites dont hérite chaque conteneur ; un parent modifié doit être un choix délibéré.</translation>
    </message>
    <message>
        <source>Confirm that the cgroup parent {value} is intended; otherwise remove &quot;cgroup-parent&quot; from {config_file} (or --cgroup-parent from the command line) and restart the daemon.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Confirmez que le cgroup parent {value} est voulu ; sinon, supprimez &quot;cgroup-parent&quot; de {config_file} (ou --cgroup-parent de la ligne de commande) et redémarrez le démon.</translation>
    </message>
    <message>
        <source>The base device size is not changed without need</source>
        <extracomment>HC-DAEMON-DM-BASESIZE title</extracomment>
        <translation>La taille du périphérique de base n’est pas modifiée sans nécessité</translation>
    </message>
    <message>
        <source>Passes when the storage driver (/info Driver) is not devicemapper, which alone uses dm.basesize (it was removed in Engine 25). Otherwise reads --storage-opt and &quot;storage-opts&quot; from the command line and daemon.json (host access) and fails when they set dm.basesize.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE description</extracomment>
        <translation>Réussit lorsque le pilote de stockage (/info Driver) n’est pas devicemapper, le seul à utiliser dm.basesize (il a été retiré dans Engine 25). Sinon, lit --storage-opt et &quot;storage-opts&quot; sur la ligne de commande et dans daemon.json (accès à l’hôte) et échoue lorsqu’ils définissent dm.basesize.</translation>
    </message>
    <message>
        <source>A larger base device lets every container use more disk, which can fill the filesystem.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE rationale</extracomment>
        <translation>Un périphérique de base plus grand permet à chaque conteneur d’utiliser plus de disque, ce qui peut remplir le système de fichiers.</translation>
    </message>
    <message>
        <source>Remove dm.basesize from &quot;storage-opts&quot; in {config_file} (or --storage-opt dm.basesize=... from the command line) unless it is needed, and restart the daemon.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez dm.basesize de &quot;storage-opts&quot; dans {config_file} (ou --storage-opt dm.basesize=... de la ligne de commande) sauf s’il est nécessaire, et redémarrez le démon.</translation>
    </message>
    <message>
        <source>An authorization plugin controls access to the daemon</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN title</extracomment>
        <translation>Un plugin d’autorisation contrôle l’accès au démon</translation>
    </message>
    <message>
        <source>Checks /info Plugins.Authorization. Skipped on Podman, which has no such plugins.</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN description</extracomment>
        <translation>Vérifie /info Plugins.Authorization. Ignoré sur Podman, qui n’a pas de tels plugins.</translation>
    </message>
    <message>
        <source>Without an authorization plugin, anyone who can use the socket can do everything; a plugin can allow each user only some API calls.</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN rationale</extracomment>
        <translation>Sans plugin d’autorisation, quiconque peut utiliser le socket peut tout faire ; un plugin peut n’autoriser à chaque utilisateur que certains appels d’API.</translation>
    </message>
    <message>
        <source>Install an authorization plugin that fits your access policy, add it to &quot;authorization-plugins&quot; in {config_file} (or --authorization-plugin), and restart the daemon. Keep the engine patched: authorization plugins had bypasses (CVE-2024-41110).</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Installez un plugin d’autorisation adapté à votre politique d’accès, ajoutez-le à &quot;authorization-plugins&quot; dans {config_file} (ou --authorization-plugin) et redémarrez le démon. Maintenez le moteur à jour : les plugins d’autorisation ont connu des contournements (CVE-2024-41110).</translation>
    </message>
    <message>
        <source>Container logs go to a central, remote log store</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING title</extracomment>
        <translation>Les journaux des conteneurs sont envoyés vers un stockage de journaux central et distant</translation>
    </message>
    <message>
        <source>Checks the default logging driver (/info LoggingDriver): json-file, local and none keep logs on the host (or nowhere) and fail; journald is information (it forwards only if set up to); syslog, gelf, fluentd, awslogs, splunk, gcplogs and other drivers pass.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING description</extracomment>
        <translation>Vérifie le pilote de journalisation par défaut (/info LoggingDriver) : json-file, local et none conservent les journaux sur l’hôte (ou nulle part) et échouent ; journald est une information (il ne transfère que s’il est configuré pour cela) ; syslog, gelf, fluentd, awslogs, splunk, gcplogs et les autres pilotes réussissent.</translation>
    </message>
    <message>
        <source>Logs kept only on the host are lost with it and can be altered by whoever takes it over.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING rationale</extracomment>
        <translation>Les journaux conservés uniquement sur l’hôte sont perdus avec lui et peuvent être altérés par quiconque en prend le contrôle.</translation>
    </message>
    <message>
        <source>Set &quot;log-driver&quot; (for example syslog, gelf or fluentd) and its &quot;log-opts&quot; (the collector&apos;s address) in {config_file} and restart the daemon; new containers then log remotely. Current driver: {value}.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez &quot;log-driver&quot; (par exemple syslog, gelf ou fluentd) et ses &quot;log-opts&quot; (l’adresse du collecteur) dans {config_file} et redémarrez le démon ; les nouveaux conteneurs journalisent alors à distance. Pilote actuel : {value}.</translation>
    </message>
    <message>
        <source>Containers are restricted from acquiring new privileges by default</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES title</extracomment>
        <translation>Les conteneurs ne peuvent pas acquérir de nouveaux privilèges par défaut</translation>
    </message>
    <message>
        <source>Reads --no-new-privileges from the daemon&apos;s command line, else &quot;no-new-privileges&quot; in its daemon.json (default false). Needs host access; each container&apos;s own setting is checked by the container rules.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES description</extracomment>
        <translation>Lit --no-new-privileges sur la ligne de commande du démon, à défaut &quot;no-new-privileges&quot; dans son daemon.json (false par défaut). Nécessite un accès à l’hôte ; le réglage propre à chaque conteneur est contrôlé par les règles des conteneurs.</translation>
    </message>
    <message>
        <source>With no-new-privileges, setuid and setgid programs inside a container cannot raise privileges, which blocks a common escalation path.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES rationale</extracomment>
        <translation>Avec no-new-privileges, les programmes setuid et setgid d’un conteneur ne peuvent pas élever leurs privilèges, ce qui bloque une voie d’escalade courante.</translation>
    </message>
    <message>
        <source>Set &quot;no-new-privileges&quot;: true in {config_file} (or start dockerd with --no-new-privileges) and restart the daemon (sudo systemctl restart docker); new containers get it by default.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez &quot;no-new-privileges&quot;: true dans {config_file} (ou lancez dockerd avec --no-new-privileges) et redémarrez le démon (sudo systemctl restart docker) ; les nouveaux conteneurs en bénéficient par défaut.</translation>
    </message>
    <message>
        <source>Live restore is enabled</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE title</extracomment>
        <translation>Le live restore est activé</translation>
    </message>
    <message>
        <source>Checks /info LiveRestoreEnabled. A swarm node, where live restore is not supported, is information. Skipped on Podman, whose containers do not depend on a long-running daemon.</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE description</extracomment>
        <translation>Vérifie /info LiveRestoreEnabled. Un nœud swarm, où le live restore n’est pas pris en charge, est une information. Ignoré sur Podman, dont les conteneurs ne dépendent pas d’un démon permanent.</translation>
    </message>
    <message>
        <source>With live restore, containers keep running while the daemon is restarted or upgraded, so security updates can be applied without downtime.</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE rationale</extracomment>
        <translation>Avec le live restore, les conteneurs continuent de tourner pendant le redémarrage ou la mise à jour du démon : les mises à jour de sécurité peuvent être appliquées sans interruption de service.</translation>
    </message>
    <message>
        <source>Set &quot;live-restore&quot;: true in {config_file} and reload the daemon (sudo systemctl reload docker, or kill -HUP the dockerd process).</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez &quot;live-restore&quot;: true dans {config_file} et rechargez le démon (sudo systemctl reload docker, ou kill -HUP sur le processus dockerd).</translation>
    </message>
    <message>
        <source>The userland proxy is disabled</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY title</extracomment>
        <translation>Le proxy userland est désactivé</translation>
    </message>
    <message>
        <source>Reads --userland-proxy from the daemon&apos;s command line, else &quot;userland-proxy&quot; in its daemon.json (default true). Needs host access.</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY description</extracomment>
        <translation>Lit --userland-proxy sur la ligne de commande du démon, à défaut &quot;userland-proxy&quot; dans son daemon.json (true par défaut). Nécessite un accès à l’hôte.</translation>
    </message>
    <message>
        <source>The userland proxy (docker-proxy) is an extra root process per published port and a larger attack surface than the kernel&apos;s NAT (hairpin NAT) that replaces it.</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY rationale</extracomment>
        <translation>Le proxy userland (docker-proxy) est un processus root supplémentaire par port publié et une surface d’attaque plus large que le NAT du noyau (hairpin NAT) qui le remplace.</translation>
    </message>
    <message>
        <source>Set &quot;userland-proxy&quot;: false in {config_file} (or start dockerd with --userland-proxy=false) and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez &quot;userland-proxy&quot;: false dans {config_file} (ou lancez dockerd avec --userland-proxy=false) et redémarrez le démon (sudo systemctl restart docker).</translation>
    </message>
    <message>
        <source>A daemon-wide seccomp profile is applied</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE title</extracomment>
        <translation>Un profil seccomp est appliqué à l’échelle du démon</translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=seccomp with a profile other than unconfined (profile=default or builtin is Docker&apos;s default profile; a custom profile shows its name). Containers that opt out are checked by the container rules.</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE description</extracomment>
        <translation>Recherche dans /info SecurityOptions name=seccomp avec un profil autre que unconfined (profile=default ou builtin désigne le profil par défaut de Docker ; un profil personnalisé affiche son nom). Les conteneurs qui s’en dispensent sont contrôlés par les règles des conteneurs.</translation>
    </message>
    <message>
        <source>The seccomp profile blocks system calls containers do not need, many of them kernel attack surface.</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE rationale</extracomment>
        <translation>Le profil seccomp bloque les appels système dont les conteneurs n’ont pas besoin, dont beaucoup constituent une surface d’attaque du noyau.</translation>
    </message>
    <message>
        <source>Remove &quot;seccomp-profile&quot;: &quot;unconfined&quot; from {config_file} (or --seccomp-profile=unconfined from the command line) so the default profile applies, or set it to a custom profile that fits your workloads, and restart the daemon. The kernel must support seccomp (CONFIG_SECCOMP).</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez &quot;seccomp-profile&quot;: &quot;unconfined&quot; de {config_file} (ou --seccomp-profile=unconfined de la ligne de commande) pour que le profil par défaut s’applique, ou définissez un profil personnalisé adapté à vos charges de travail, puis redémarrez le démon. Le noyau doit prendre en charge seccomp (CONFIG_SECCOMP).</translation>
    </message>
    <message>
        <source>Experimental features are off in production</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL title</extracomment>
        <translation>Les fonctionnalités expérimentales sont désactivées en production</translation>
    </message>
    <message>
        <source>Checks /info ExperimentalBuild, which is true when the daemon runs with --experimental (for every engine version; the reference tool skips this for engines after 19.03). Skipped on Podman, whose /info always says true.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL description</extracomment>
        <translation>Vérifie /info ExperimentalBuild, qui vaut true lorsque le démon tourne avec --experimental (pour toutes les versions du moteur ; l’outil de référence ignore ce contrôle pour les moteurs postérieurs à 19.03). Ignoré sur Podman, dont le /info indique toujours true.</translation>
    </message>
    <message>
        <source>Experimental features are not stable, not fully reviewed and may change or disappear.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL rationale</extracomment>
        <translation>Les fonctionnalités expérimentales ne sont pas stables, pas entièrement revues, et peuvent changer ou disparaître.</translation>
    </message>
    <message>
        <source>Remove &quot;experimental&quot;: true from {config_file} (or --experimental from the command line) and restart the daemon.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez &quot;experimental&quot;: true de {config_file} (ou --experimental de la ligne de commande) et redémarrez le démon.</translation>
    </message>
    <message>
        <source>The docker.service unit file is owned by root:root</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER title</extracomment>
        <translation>Le fichier d’unité docker.service appartient à root:root</translation>
    </message>
    <message>
        <source>Checks that the docker.service unit file systemd loads (systemctl show -p FragmentPath, else /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system) is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER description</extracomment>
        <translation>Vérifie que le fichier d’unité docker.service chargé par systemd (systemctl show -p FragmentPath, sinon /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0).</translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; whoever can change it changes how the daemon runs as root.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER rationale</extracomment>
        <translation>Le fichier d’unité définit la ligne de commande du démon ; quiconque peut le modifier change la façon dont le démon s’exécute en root.</translation>
    </message>
    <message>
        <source>sudo chown root:root {value}</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chown root:root {value}</translation>
    </message>
    <message>
        <source>The docker.service unit file&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE title</extracomment>
        <translation>Le mode du fichier d’unité docker.service est 644 ou plus restrictif</translation>
    </message>
    <message>
        <source>Checks that the docker.service unit file systemd loads has no permission bit outside 0644.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE description</extracomment>
        <translation>Vérifie que le fichier d’unité docker.service chargé par systemd n’a aucun bit de permission hors de 0644.</translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; it must be writable by root alone.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE rationale</extracomment>
        <translation>Le fichier d’unité définit la ligne de commande du démon ; seul root doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>sudo chmod 644 {value}</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 644 {value}</translation>
    </message>
    <message>
        <source>The docker.socket unit file is owned by root:root</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER title</extracomment>
        <translation>Le fichier d’unité docker.socket appartient à root:root</translation>
    </message>
    <message>
        <source>Checks that the docker.socket unit file systemd loads is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER description</extracomment>
        <translation>Vérifie que le fichier d’unité docker.socket chargé par systemd appartient à l’utilisateur root (uid 0) et au groupe root (gid 0).</translation>
    </message>
    <message>
        <source>The socket unit decides where the daemon&apos;s socket is and who may use it.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER rationale</extracomment>
        <translation>L’unité socket détermine l’emplacement du socket du démon et qui peut l’utiliser.</translation>
    </message>
    <message>
        <source>The docker.socket unit file&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE title</extracomment>
        <translation>Le mode du fichier d’unité docker.socket est 644 ou plus restrictif</translation>
    </message>
    <message>
        <source>Checks that the docker.socket unit file systemd loads has no permission bit outside 0644.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE description</extracomment>
        <translation>Vérifie que le fichier d’unité docker.socket chargé par systemd n’a aucun bit de permission hors de 0644.</translation>
    </message>
    <message>
        <source>The socket unit decides where the daemon&apos;s socket is and who may use it; it must be writable by root alone.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE rationale</extracomment>
        <translation>L’unité socket détermine l’emplacement du socket du démon et qui peut l’utiliser ; seul root doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>/etc/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER title</extracomment>
        <translation>/etc/docker appartient à root:root</translation>
    </message>
    <message>
        <source>Checks that the /etc/docker directory is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER description</extracomment>
        <translation>Vérifie que le répertoire /etc/docker appartient à l’utilisateur root (uid 0) et au groupe root (gid 0).</translation>
    </message>
    <message>
        <source>/etc/docker holds daemon.json, TLS keys and registry certificates; its owner can replace any of them.</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER rationale</extracomment>
        <translation>/etc/docker contient daemon.json, les clés TLS et les certificats des registres ; son propriétaire peut remplacer n’importe lequel d’entre eux.</translation>
    </message>
    <message>
        <source>/etc/docker&apos;s mode is 755 or more restrictive</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE title</extracomment>
        <translation>Le mode de /etc/docker est 755 ou plus restrictif</translation>
    </message>
    <message>
        <source>Checks that the /etc/docker directory has no permission bit outside 0755.</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE description</extracomment>
        <translation>Vérifie que le répertoire /etc/docker n’a aucun bit de permission hors de 0755.</translation>
    </message>
    <message>
        <source>A group- or world-writable /etc/docker lets other users replace the daemon&apos;s configuration and keys.</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE rationale</extracomment>
        <translation>Un /etc/docker modifiable par le groupe ou par tous permet à d’autres utilisateurs de remplacer la configuration et les clés du démon.</translation>
    </message>
    <message>
        <source>sudo chmod 755 {value}</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 755 {value}</translation>
    </message>
    <message>
        <source>Registry certificate files are owned by root:root</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER title</extracomment>
        <translation>Les fichiers de certificats des registres appartiennent à root:root</translation>
    </message>
    <message>
        <source>Checks that every *.crt, *.cert and *.key file under /etc/docker/certs.d (the reference tool looks at *.crt only and ignores the group) is owned by root:root.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER description</extracomment>
        <translation>Vérifie que chaque fichier *.crt, *.cert et *.key sous /etc/docker/certs.d (l’outil de référence n’examine que les *.crt et ignore le groupe) appartient à root:root.</translation>
    </message>
    <message>
        <source>The certificates decide which registries the daemon trusts and which client keys it presents; whoever owns them can swap them.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER rationale</extracomment>
        <translation>Les certificats déterminent les registres auxquels le démon fait confiance et les clés client qu’il présente ; leur propriétaire peut les substituer.</translation>
    </message>
    <message>
        <source>Registry certificate files&apos; mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE title</extracomment>
        <translation>Le mode des fichiers de certificats des registres est 444 ou plus restrictif</translation>
    </message>
    <message>
        <source>Checks every *.crt and *.cert file under /etc/docker/certs.d against 0444, and every *.key file against 0400 (a key must not be readable by others), as bit masks.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE description</extracomment>
        <translation>Compare chaque fichier *.crt et *.cert sous /etc/docker/certs.d à 0444, et chaque fichier *.key à 0400 (une clé ne doit pas être lisible par les autres), en tant que masques de bits.</translation>
    </message>
    <message>
        <source>Writable certificates let other users make the daemon trust a registry they control; readable keys let them impersonate this host.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE rationale</extracomment>
        <translation>Des certificats modifiables permettent à d’autres utilisateurs d’amener le démon à faire confiance à un registre qu’ils contrôlent ; des clés lisibles leur permettent d’usurper l’identité de cet hôte.</translation>
    </message>
    <message>
        <source>Make the certificates read-only and the keys readable by root alone: sudo chmod 444 on each *.crt and *.cert file and sudo chmod 400 on each *.key file among {value}</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Rendez les certificats accessibles en lecture seule et les clés lisibles par root uniquement : sudo chmod 444 sur chaque fichier *.crt et *.cert et sudo chmod 400 sur chaque fichier *.key parmi {value}</translation>
    </message>
    <message>
        <source>The TLS CA certificate file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-CA-OWNER title</extracomment>
        <translation>Le fichier du certificat de l’AC TLS appartient à root:root</translation>
    </message>
    <message>
        <source>Whoever can replace the CA certificate decides which clients the daemon accepts.</source>
        <extracomment>HC-FILES-TLS-CA-OWNER rationale</extracomment>
        <translation>Quiconque peut remplacer le certificat d’AC décide des clients que le démon accepte.</translation>
    </message>
    <message>
        <source>The TLS CA certificate file&apos;s mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-TLS-CA-MODE title</extracomment>
        <translation>Le mode du fichier du certificat de l’AC TLS est 444 ou plus restrictif</translation>
    </message>
    <message>
        <source>A writable CA certificate lets another user make the daemon accept their own client certificates.</source>
        <extracomment>HC-FILES-TLS-CA-MODE rationale</extracomment>
        <translation>Un certificat d’AC modifiable permet à un autre utilisateur de faire accepter par le démon ses propres certificats client.</translation>
    </message>
    <message>
        <source>sudo chmod 444 {value}</source>
        <extracomment>HC-FILES-TLS-CA-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 444 {value}</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER title</extracomment>
        <translation>Le fichier du certificat TLS du démon appartient à root:root</translation>
    </message>
    <message>
        <source>Whoever can replace the server certificate can make clients talk to an impostor.</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER rationale</extracomment>
        <translation>Quiconque peut remplacer le certificat serveur peut amener les clients à dialoguer avec un imposteur.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate file&apos;s mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-TLS-CERT-MODE title</extracomment>
        <translation>Le mode du fichier du certificat TLS du démon est 444 ou plus restrictif</translation>
    </message>
    <message>
        <source>A writable server certificate can be swapped for another.</source>
        <extracomment>HC-FILES-TLS-CERT-MODE rationale</extracomment>
        <translation>Un certificat serveur modifiable peut être remplacé par un autre.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS key file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER title</extracomment>
        <translation>Le fichier de la clé TLS du démon appartient à root:root</translation>
    </message>
    <message>
        <source>Whoever holds the daemon&apos;s private key can impersonate the daemon to every client.</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER rationale</extracomment>
        <translation>Quiconque détient la clé privée du démon peut se faire passer pour le démon auprès de tous les clients.</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS key file&apos;s mode is 400</source>
        <extracomment>HC-FILES-TLS-KEY-MODE title</extracomment>
        <translation>Le mode du fichier de la clé TLS du démon est 400</translation>
    </message>
    <message>
        <source>Checks the daemon&apos;s private key, which must have mode 0400 exactly. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-KEY-MODE description</extracomment>
        <translation>Vérifie la clé privée du démon, qui doit avoir exactement le mode 0400. Ignoré si le démon n’utilise pas TLS.</translation>
    </message>
    <message>
        <source>A private key readable by other users lets them impersonate the daemon.</source>
        <extracomment>HC-FILES-TLS-KEY-MODE rationale</extracomment>
        <translation>Une clé privée lisible par d’autres utilisateurs leur permet de se faire passer pour le démon.</translation>
    </message>
    <message>
        <source>sudo chmod 400 {value}</source>
        <extracomment>HC-FILES-TLS-KEY-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 400 {value}</translation>
    </message>
    <message>
        <source>The Docker socket is owned by root:docker</source>
        <extracomment>HC-FILES-SOCKET-OWNER title</extracomment>
        <translation>Le socket Docker appartient à root:docker</translation>
    </message>
    <message>
        <source>Checks the owner of the socket the daemon really listens on (this scan&apos;s socket, else the daemon&apos;s -H unix:// or the docker.socket ListenStream; the reference tool only looks at /var/run/docker.sock). The group must be the daemon&apos;s socket group (--group, default docker) or root; a rootless daemon&apos;s socket belongs to its user.</source>
        <extracomment>HC-FILES-SOCKET-OWNER description</extracomment>
        <translation>Vérifie le propriétaire du socket sur lequel le démon écoute réellement (le socket de cette analyse, sinon le -H unix:// du démon ou le ListenStream de docker.socket ; l’outil de référence n’examine que /var/run/docker.sock). Le groupe doit être le groupe du socket du démon (--group, docker par défaut) ou root ; le socket d’un démon rootless appartient à son utilisateur.</translation>
    </message>
    <message>
        <source>The socket is root on the host: its owner and group decide who gets that.</source>
        <extracomment>HC-FILES-SOCKET-OWNER rationale</extracomment>
        <translation>Le socket équivaut à root sur l’hôte : son propriétaire et son groupe décident qui obtient ce privilège.</translation>
    </message>
    <message>
        <source>sudo chown root:docker {value} (the daemon recreates the socket at start: set its group with &quot;group&quot; in {config_file} or SocketGroup in docker.socket)</source>
        <extracomment>HC-FILES-SOCKET-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chown root:docker {value} (le démon recrée le socket au démarrage : définissez son groupe avec &quot;group&quot; dans {config_file} ou SocketGroup dans docker.socket)</translation>
    </message>
    <message>
        <source>The Docker socket&apos;s mode is 660 or more restrictive</source>
        <extracomment>HC-FILES-SOCKET-MODE title</extracomment>
        <translation>Le mode du socket Docker est 660 ou plus restrictif</translation>
    </message>
    <message>
        <source>Checks the mode of the socket the daemon really listens on, against 0660 as a bit mask (0606, which the reference tool passes, fails).</source>
        <extracomment>HC-FILES-SOCKET-MODE description</extracomment>
        <translation>Compare le mode du socket sur lequel le démon écoute réellement à 0660 en tant que masque de bits (0606, que l’outil de référence accepte, échoue).</translation>
    </message>
    <message>
        <source>A socket others can write to gives every local user root on the host.</source>
        <extracomment>HC-FILES-SOCKET-MODE rationale</extracomment>
        <translation>Un socket accessible en écriture aux autres donne à chaque utilisateur local les droits root sur l’hôte.</translation>
    </message>
    <message>
        <source>sudo chmod 660 {value} (the daemon recreates the socket at start: set SocketMode=0660 in docker.socket)</source>
        <extracomment>HC-FILES-SOCKET-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 660 {value} (le démon recrée le socket au démarrage : définissez SocketMode=0660 dans docker.socket)</translation>
    </message>
    <message>
        <source>daemon.json is owned by root:root</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER title</extracomment>
        <translation>daemon.json appartient à root:root</translation>
    </message>
    <message>
        <source>daemon.json holds the daemon&apos;s security settings; its owner can weaken all of them.</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER rationale</extracomment>
        <translation>daemon.json contient les paramètres de sécurité du démon ; son propriétaire peut tous les affaiblir.</translation>
    </message>
    <message>
        <source>daemon.json&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE title</extracomment>
        <translation>Le mode de daemon.json est 644 ou plus restrictif</translation>
    </message>
    <message>
        <source>A daemon.json writable by other users lets them change the daemon&apos;s settings.</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE rationale</extracomment>
        <translation>Un daemon.json modifiable par d’autres utilisateurs leur permet de changer les réglages du démon.</translation>
    </message>
    <message>
        <source>/etc/default/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-OWNER title</extracomment>
        <translation>/etc/default/docker appartient à root:root</translation>
    </message>
    <message>
        <source>/etc/default/docker&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE title</extracomment>
        <translation>Le mode de /etc/default/docker est 644 ou plus restrictif</translation>
    </message>
    <message>
        <source>The file can add flags to the daemon&apos;s command line; it must be writable by root alone.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE rationale</extracomment>
        <translation>Ce fichier peut ajouter des options à la ligne de commande du démon ; seul root doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-MODE title</extracomment>
        <translation>Le mode de /etc/sysconfig/docker est 644 ou plus restrictif</translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-OWNER title</extracomment>
        <translation>/etc/sysconfig/docker appartient à root:root</translation>
    </message>
    <message>
        <source>The containerd socket is owned by root:root</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER title</extracomment>
        <translation>Le socket containerd appartient à root:root</translation>
    </message>
    <message>
        <source>The containerd socket gives full control of every container, as the Docker socket does, with no group meant to use it.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER rationale</extracomment>
        <translation>Le socket containerd donne le contrôle total de tous les conteneurs, comme le socket Docker, sans qu’aucun groupe ne soit censé l’utiliser.</translation>
    </message>
    <message>
        <source>sudo chown root:root {value} (containerd recreates its socket at start: set [grpc] uid and gid in /etc/containerd/config.toml)</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chown root:root {value} (containerd recrée son socket au démarrage : définissez uid et gid dans la section [grpc] de /etc/containerd/config.toml)</translation>
    </message>
    <message>
        <source>The containerd socket&apos;s mode is 660 or more restrictive</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE title</extracomment>
        <translation>Le mode du socket containerd est 660 ou plus restrictif</translation>
    </message>
    <message>
        <source>A containerd socket others can write to gives every local user root on the host.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE rationale</extracomment>
        <translation>Un socket containerd accessible en écriture aux autres donne à chaque utilisateur local les droits root sur l’hôte.</translation>
    </message>
    <message>
        <source>sudo chmod 660 {value}</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>sudo chmod 660 {value}</translation>
    </message>
    <message>
        <source>Containers run as a non-root user</source>
        <extracomment>HC-CONTAINER-ROOT-USER title</extracomment>
        <translation>Les conteneurs s’exécutent sous un utilisateur non root</translation>
    </message>
    <message>
        <source>The user each container runs as: Config.User of the container, or of its image when the container sets none. Empty, &quot;0&quot;, &quot;root&quot; and any &quot;0:&lt;gid&gt;&quot; or &quot;root:&lt;group&gt;&quot; mean root (&quot;--user 0:0&quot; is root, which the reference tool misses). &quot;1000&quot;, &quot;app&quot; and &quot;1000:0&quot; are not root. Containers in every state are checked.</source>
        <extracomment>HC-CONTAINER-ROOT-USER description</extracomment>
        <translation>L’utilisateur sous lequel s’exécute chaque conteneur : Config.User du conteneur, ou de son image si le conteneur n’en définit pas. Vide, « 0 », « root » et tout « 0:&lt;gid&gt; » ou « root:&lt;group&gt; » désignent root (« --user 0:0 » est root, ce que l’outil de référence ne voit pas). « 1000 », « app » et « 1000:0 » ne sont pas root. Les conteneurs sont contrôlés quel que soit leur état.</translation>
    </message>
    <message>
        <source>A process that runs as root in a container is root on the host as soon as it escapes the container&apos;s isolation (a kernel or runtime bug, a mounted socket, a dangerous capability). A non-root user turns many escapes into harmless failures. With user namespaces or rootless mode root is mapped to an unprivileged host user, which is reported as a warning instead.</source>
        <extracomment>HC-CONTAINER-ROOT-USER rationale</extracomment>
        <translation>Un processus qui s’exécute en root dans un conteneur devient root sur l’hôte dès qu’il sort de l’isolation du conteneur (bogue du noyau ou du runtime, socket monté, capacité dangereuse). Un utilisateur non root transforme bien des évasions en échecs inoffensifs. Avec les espaces de noms utilisateur ou le mode rootless, root est associé à un utilisateur non privilégié de l’hôte, ce qui est alors signalé par un avertissement.</translation>
    </message>
    <message>
        <source>Add a USER instruction with a numeric, unprivileged UID (for example &quot;USER 10001:10001&quot;) to the Dockerfile of {image} and rebuild it, or recreate {name} with &quot;docker run --user 10001:10001 ...&quot; (the current user is {value}). Make the files the process writes owned by that user.</source>
        <extracomment>HC-CONTAINER-ROOT-USER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ajoutez une instruction USER avec un UID numérique non privilégié (par exemple « USER 10001:10001 ») au Dockerfile de {image} et reconstruisez-la, ou recréez {name} avec « docker run --user 10001:10001 ... » (l’utilisateur actuel est {value}). Attribuez à cet utilisateur les fichiers que le processus écrit.</translation>
    </message>
    <message>
        <source>Images come only from trusted registries</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY title</extracomment>
        <translation>Les images proviennent uniquement de registres de confiance</translation>
    </message>
    <message>
        <source>The registries an image was pulled from (its RepoDigests) against the policy&apos;s trustedRegistries. With no allow-list in the policy, the registries are listed for review (info). Images that were built locally or loaded have no registry digest; where their base image came from cannot be seen through the API (info).</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY description</extracomment>
        <translation>Compare les registres d’où une image a été récupérée (ses RepoDigests) aux trustedRegistries de la politique. Sans liste d’autorisation dans la politique, les registres sont listés pour revue (info). Les images construites localement ou chargées n’ont pas de digest de registre ; l’origine de leur image de base n’est pas visible via l’API (info).</translation>
    </message>
    <message>
        <source>An image from an unknown registry or publisher can carry malware or backdoors that run with the container&apos;s privileges. Restricting pulls to registries the organisation trusts is the first control on what runs.</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY rationale</extracomment>
        <translation>Une image issue d’un registre ou d’un éditeur inconnu peut contenir des logiciels malveillants ou des portes dérobées qui s’exécutent avec les privilèges du conteneur. Limiter les récupérations aux registres de confiance de l’organisation est le premier contrôle sur ce qui s’exécute.</translation>
    </message>
    <message>
        <source>Pull {name} from a registry listed in the policy (trustedRegistries), for example a mirror that scans and signs what it serves, or add {value} to trustedRegistries if it is trusted. Remove the image with &quot;docker image rm {short_id}&quot; once nothing uses it.</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Récupérez {name} depuis un registre listé dans la politique (trustedRegistries), par exemple un miroir qui analyse et signe ce qu’il distribue, ou ajoutez {value} à trustedRegistries s’il est de confiance. Supprimez l’image avec « docker image rm {short_id} » dès que plus rien ne l’utilise.</translation>
    </message>
    <message>
        <source>Images carry no compilers or build tools</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS title</extracomment>
        <translation>Les images ne contiennent ni compilateurs ni outils de build</translation>
    </message>
    <message>
        <source>The image history (GET /images/{id}/history) parsed for package installs of compilers and build tools (build-essential, gcc, make, cmake, golang, maven, ...) that no later step removes, and for compiler runs (make, go build, cargo build, mvn, ...) in steps that do not clean up afterwards. The full package list needs a software bill of materials; this is the part the API shows.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS description</extracomment>
        <translation>Analyse l’historique de l’image (GET /images/{id}/history) à la recherche d’installations de paquets de compilateurs et d’outils de build (build-essential, gcc, make, cmake, golang, maven, ...) qu’aucune étape ultérieure ne supprime, et d’exécutions de compilateurs (make, go build, cargo build, mvn, ...) dans des étapes qui ne font pas le ménage ensuite. La liste complète des paquets nécessite une nomenclature logicielle (SBOM) ; ceci est la partie que l’API montre.</translation>
    </message>
    <message>
        <source>Every package in an image is attack surface and a source of vulnerability reports. Compilers in particular let an intruder build tools inside the container. A multi-stage build keeps the toolchain in the build stage and ships only the result.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS rationale</extracomment>
        <translation>Chaque paquet d’une image est une surface d’attaque et une source de rapports de vulnérabilité. Les compilateurs, en particulier, permettent à un intrus de construire des outils dans le conteneur. Un build multi-étapes garde la chaîne d’outils dans l’étape de build et ne livre que le résultat.</translation>
    </message>
    <message>
        <source>Rebuild {name} with a multi-stage Dockerfile: compile in a &quot;FROM ... AS build&quot; stage and &quot;COPY --from=build&quot; only the artifacts into a minimal final stage, so {value} stay out of the final image. If tools must be installed, remove them in the same RUN instruction.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Reconstruisez {name} avec un Dockerfile multi-étapes : compilez dans une étape « FROM ... AS build » et ne copiez (« COPY --from=build ») que les artefacts dans une étape finale minimale, afin que {value} reste hors de l’image finale. Si des outils doivent être installés, supprimez-les dans la même instruction RUN.</translation>
    </message>
    <message>
        <source>Images are rebuilt regularly to include security fixes</source>
        <extracomment>HC-IMAGE-AGE title</extracomment>
        <translation>Les images sont reconstruites régulièrement pour intégrer les correctifs de sécurité</translation>
    </message>
    <message>
        <source>The image&apos;s creation time against the time of the scan, with the policy&apos;s maxImageAgeDays (365 by default) as the limit. Images with a fixed reproducible-build timestamp (1970) are skipped: their age is unknown. Whether an image has known vulnerabilities needs a scanner; age shows which images have certainly not received the fixes published since they were built.</source>
        <extracomment>HC-IMAGE-AGE description</extracomment>
        <translation>Compare la date de création de l’image à la date de l’analyse, avec comme limite le maxImageAgeDays de la politique (365 par défaut). Les images dotées d’un horodatage fixe de build reproductible (1970) sont ignorées : leur âge est inconnu. Savoir si une image présente des vulnérabilités connues nécessite un scanner ; l’âge montre quelles images n’ont certainement pas reçu les correctifs publiés depuis leur construction.</translation>
    </message>
    <message>
        <source>An image is a frozen set of packages. Security fixes reach a container only when its image is rebuilt from an updated base and the container is recreated.</source>
        <extracomment>HC-IMAGE-AGE rationale</extracomment>
        <translation>Une image est un ensemble figé de paquets. Les correctifs de sécurité n’atteignent un conteneur que lorsque son image est reconstruite à partir d’une base mise à jour et que le conteneur est recréé.</translation>
    </message>
    <message>
        <source>Rebuild {name} from an updated base image (&quot;docker build --pull --no-cache ...&quot;), scan it (for example with Trivy or Docker Scout), push it and recreate the containers that use it. It is {value} days old.</source>
        <extracomment>HC-IMAGE-AGE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Reconstruisez {name} à partir d’une image de base à jour (« docker build --pull --no-cache ... »), analysez-la (par exemple avec Trivy ou Docker Scout), poussez-la et recréez les conteneurs qui l’utilisent. Elle date de {value} jours.</translation>
    </message>
    <message>
        <source>Content trust is enabled for Docker clients</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST title</extracomment>
        <translation>Content trust est activé pour les clients Docker</translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is an environment variable of the docker client: each user&apos;s CLI reads it when it pulls, pushes or runs images. The daemon neither enforces it nor reports it, so this is reported once per daemon as information. (The reference tool tests the environment of the shell it runs in, which says nothing about the daemon&apos;s users.)</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST description</extracomment>
        <translation>DOCKER_CONTENT_TRUST est une variable d’environnement du client docker : la CLI de chaque utilisateur la lit lorsqu’elle récupère, pousse ou exécute des images. Le démon ne l’impose ni ne la signale ; ce point est donc signalé une fois par démon, à titre d’information. (L’outil de référence teste l’environnement du shell dans lequel il s’exécute, ce qui ne dit rien des utilisateurs du démon.)</translation>
    </message>
    <message>
        <source>With content trust the client only pulls signed images, which protects against tampered or replayed tags.</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST rationale</extracomment>
        <translation>Avec content trust, le client ne récupère que des images signées, ce qui protège contre les tags altérés ou rejoués.</translation>
    </message>
    <message>
        <source>Set &quot;export DOCKER_CONTENT_TRUST=1&quot; in the environment of every user and CI job that pulls or runs images on {name}, sign the images you publish (&quot;docker trust sign&quot;), and prefer digests over tags.</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez « export DOCKER_CONTENT_TRUST=1 » dans l’environnement de chaque utilisateur et de chaque job de CI qui récupère ou exécute des images sur {name}, signez les images que vous publiez (« docker trust sign ») et préférez les digests aux tags.</translation>
    </message>
    <message>
        <source>Images define a HEALTHCHECK</source>
        <extracomment>HC-IMAGE-HEALTHCHECK title</extracomment>
        <translation>Les images définissent un HEALTHCHECK</translation>
    </message>
    <message>
        <source>Config.Healthcheck of the image. A healthcheck whose test is NONE (HEALTHCHECK NONE) counts as none.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK description</extracomment>
        <translation>Config.Healthcheck de l’image. Un contrôle de santé dont le test est NONE (HEALTHCHECK NONE) compte comme absent.</translation>
    </message>
    <message>
        <source>Without a healthcheck, Docker only knows whether the main process exists, not whether it works. A healthcheck lets the engine, orchestrators and monitoring notice a hung or broken service.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK rationale</extracomment>
        <translation>Sans contrôle de santé, Docker sait seulement si le processus principal existe, pas s’il fonctionne. Un contrôle de santé permet au moteur, aux orchestrateurs et à la supervision de repérer un service bloqué ou défaillant.</translation>
    </message>
    <message>
        <source>Add a HEALTHCHECK instruction to the Dockerfile of {name} that tests the service itself, for example &quot;HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1&quot;, and rebuild.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ajoutez au Dockerfile de {name} une instruction HEALTHCHECK qui teste le service lui-même, par exemple « HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1 », puis reconstruisez.</translation>
    </message>
    <message>
        <source>Package index updates are not used alone in a build step</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE title</extracomment>
        <translation>Les mises à jour de l’index des paquets ne sont pas utilisées seules dans une étape de build</translation>
    </message>
    <message>
        <source>The image history parsed command by command: a RUN step that updates a package index (apt-get update, apt update, apk update, yum/dnf update or makecache, zypper refresh) without installing or upgrading in the same step. A mere occurrence of the word &quot;update&quot; (update-ca-certificates, pip install --upgrade) does not count.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE description</extracomment>
        <translation>Analyse l’historique de l’image commande par commande : une étape RUN qui met à jour un index de paquets (apt-get update, apt update, apk update, yum/dnf update ou makecache, zypper refresh) sans installer ni mettre à niveau dans la même étape. La simple présence du mot « update » (update-ca-certificates, pip install --upgrade) ne compte pas.</translation>
    </message>
    <message>
        <source>A step that only updates the index is cached as its own layer. Later builds reuse the cached, stale index, so the packages installed by later steps can be outdated.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE rationale</extracomment>
        <translation>Une étape qui ne fait que mettre à jour l’index est mise en cache comme une couche à part. Les builds suivants réutilisent l’index obsolète en cache : les paquets installés par les étapes suivantes peuvent donc être périmés.</translation>
    </message>
    <message>
        <source>In the Dockerfile of {name}, join the update with the install in one RUN instruction, for example &quot;RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends pkg &amp;&amp; rm -rf /var/lib/apt/lists/*&quot;, and rebuild. Found: {value}.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Dans le Dockerfile de {name}, regroupez la mise à jour et l’installation dans une seule instruction RUN, par exemple « RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends pkg &amp;&amp; rm -rf /var/lib/apt/lists/* », puis reconstruisez. Trouvé : {value}.</translation>
    </message>
    <message>
        <source>setuid and setgid permissions are removed from images</source>
        <extracomment>HC-IMAGE-SETUID title</extracomment>
        <translation>Les permissions setuid et setgid sont retirées des images</translation>
    </message>
    <message>
        <source>Review the image&apos;s files for setuid and setgid binaries. The Engine API does not list file modes; it needs the image&apos;s filesystem (docker save, or a scanner that lists them).</source>
        <extracomment>HC-IMAGE-SETUID description</extracomment>
        <translation>Examinez les fichiers de l’image à la recherche de binaires setuid et setgid. L’API Engine ne liste pas les modes des fichiers ; il faut le système de fichiers de l’image (docker save, ou un scanner qui les liste).</translation>
    </message>
    <message>
        <source>setuid and setgid binaries let an unprivileged user in the container gain the owner&apos;s privileges, often root.</source>
        <extracomment>HC-IMAGE-SETUID rationale</extracomment>
        <translation>Les binaires setuid et setgid permettent à un utilisateur non privilégié du conteneur d’obtenir les privilèges de leur propriétaire, souvent root.</translation>
    </message>
    <message>
        <source>List them with &quot;docker run --rm --entrypoint find {name} / -xdev -perm /6000 -type f&quot; and remove the bits that are not needed in the Dockerfile (&quot;RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +&quot;), or run containers with --security-opt no-new-privileges.</source>
        <extracomment>HC-IMAGE-SETUID remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Listez-les avec « docker run --rm --entrypoint find {name} / -xdev -perm /6000 -type f » et retirez dans le Dockerfile les bits qui ne sont pas nécessaires (« RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + »), ou exécutez les conteneurs avec --security-opt no-new-privileges.</translation>
    </message>
    <message>
        <source>COPY is used instead of ADD</source>
        <extracomment>HC-IMAGE-ADD title</extracomment>
        <translation>COPY est utilisé à la place de ADD</translation>
    </message>
    <message>
        <source>ADD instructions in the image history, except the base image&apos;s root filesystem (the oldest step, &quot;ADD file:... in /&quot;). The evidence names the kind of source (local files or remote URL) and the destination, not the URL.</source>
        <extracomment>HC-IMAGE-ADD description</extracomment>
        <translation>Instructions ADD de l’historique de l’image, hormis le système de fichiers racine de l’image de base (l’étape la plus ancienne, « ADD file:... in / »). Les preuves indiquent le type de source (fichiers locaux ou URL distante) et la destination, pas l’URL.</translation>
    </message>
    <message>
        <source>ADD fetches remote URLs without verification and unpacks local archives implicitly, which can bring unexpected files into the image. COPY only copies.</source>
        <extracomment>HC-IMAGE-ADD rationale</extracomment>
        <translation>ADD récupère des URL distantes sans vérification et décompresse implicitement les archives locales, ce qui peut introduire des fichiers inattendus dans l’image. COPY se contente de copier.</translation>
    </message>
    <message>
        <source>In the Dockerfile of {name}, replace ADD by COPY (destination {value}); download remote files with a verified checksum in a RUN step or a build stage, and unpack archives explicitly.</source>
        <extracomment>HC-IMAGE-ADD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Dans le Dockerfile de {name}, remplacez ADD par COPY (destination {value}) ; téléchargez les fichiers distants avec une somme de contrôle vérifiée dans une étape RUN ou une étape de build, et décompressez les archives explicitement.</translation>
    </message>
    <message>
        <source>Images hold no secrets</source>
        <extracomment>HC-IMAGE-SECRETS title</extracomment>
        <translation>Les images ne contiennent aucun secret</translation>
    </message>
    <message>
        <source>Secret-looking names (PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS, ...) with a value, and secret-looking values under any name (private keys, AWS access key ids, known token formats, credentials in URLs, long random tokens), in the image&apos;s Config.Env, its labels, the ENV and ARG instructions and build arguments of its history, and its RUN commands. Names ending in _FILE or _PATH (references to secret files) are not secrets. The evidence names the key and where it is, never the value.</source>
        <extracomment>HC-IMAGE-SECRETS description</extracomment>
        <translation>Noms ressemblant à des secrets (PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS, ...) avec une valeur, et valeurs ressemblant à des secrets sous n’importe quel nom (clés privées, identifiants de clés d’accès AWS, formats de jetons connus, identifiants dans des URL, longs jetons aléatoires), dans le Config.Env de l’image, ses labels, les instructions ENV et ARG et les arguments de build de son historique, et ses commandes RUN. Les noms se terminant par _FILE ou _PATH (références à des fichiers de secrets) ne sont pas des secrets. Les preuves indiquent la clé et son emplacement, jamais la valeur.</translation>
    </message>
    <message>
        <source>Anyone who can pull an image can read its environment and history; secrets baked into an image leak to every registry, cache and host it reaches, and cannot be rotated without rebuilding.</source>
        <extracomment>HC-IMAGE-SECRETS rationale</extracomment>
        <translation>Quiconque peut récupérer une image peut lire son environnement et son historique ; les secrets intégrés à une image fuient vers chaque registre, cache et hôte qu’elle atteint, et ne peuvent pas être renouvelés sans reconstruire l’image.</translation>
    </message>
    <message>
        <source>Remove {value} from the Dockerfile of {name}: pass secrets at build time with &quot;RUN --mount=type=secret&quot; and at run time with docker secrets, a mounted file or the orchestrator&apos;s secret store. Rebuild and push the image, delete the old tags, and rotate every secret that was in it.</source>
        <extracomment>HC-IMAGE-SECRETS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez {value} du Dockerfile de {name} : transmettez les secrets au build avec « RUN --mount=type=secret » et à l’exécution avec les secrets docker, un fichier monté ou le coffre de secrets de l’orchestrateur. Reconstruisez et poussez l’image, supprimez les anciens tags et renouvelez chaque secret qu’elle contenait.</translation>
    </message>
    <message>
        <source>Only verified packages are installed in images</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES title</extracomment>
        <translation>Seuls des paquets vérifiés sont installés dans les images</translation>
    </message>
    <message>
        <source>Review that image builds install packages only from repositories whose signatures are checked (no --allow-unauthenticated, --nogpgcheck, trusted=yes, or curl | sh without a checksum). Reviewed once per daemon because it concerns how images are built.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES description</extracomment>
        <translation>Vérifiez que les builds d’images n’installent des paquets qu’à partir de dépôts dont les signatures sont contrôlées (pas de --allow-unauthenticated, --nogpgcheck, trusted=yes, ni de curl | sh sans somme de contrôle). Revu une fois par démon, car cela concerne la façon dont les images sont construites.</translation>
    </message>
    <message>
        <source>Unverified packages can be replaced in transit or at the source, putting attacker code into every image built from them.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES rationale</extracomment>
        <translation>Des paquets non vérifiés peuvent être remplacés en transit ou à la source, introduisant le code d’un attaquant dans chaque image construite à partir d’eux.</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s signed repositories, pin and verify checksums of downloaded artifacts in the Dockerfiles of the images that run on {name}, and fail the build when verification fails.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Utilisez les dépôts signés de la distribution, épinglez et vérifiez les sommes de contrôle des artefacts téléchargés dans les Dockerfiles des images qui s’exécutent sur {name}, et faites échouer le build lorsque la vérification échoue.</translation>
    </message>
    <message>
        <source>Signed artifacts are validated</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS title</extracomment>
        <translation>Les artefacts signés sont validés</translation>
    </message>
    <message>
        <source>Review that signed artifacts used in image builds (packages, archives, base images) have their signatures validated before use. Reviewed once per daemon because it concerns how images are built.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS description</extracomment>
        <translation>Vérifiez que la signature des artefacts signés utilisés dans les builds d’images (paquets, archives, images de base) est validée avant usage. Revu une fois par démon, car cela concerne la façon dont les images sont construites.</translation>
    </message>
    <message>
        <source>A signature that is never checked protects nothing.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS rationale</extracomment>
        <translation>Une signature jamais vérifiée ne protège rien.</translation>
    </message>
    <message>
        <source>Validate signatures (gpg --verify, cosign verify, docker trust inspect) in the build pipeline of every image run on {name} and stop the build on failure.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Validez les signatures (gpg --verify, cosign verify, docker trust inspect) dans le pipeline de build de chaque image exécutée sur {name} et interrompez le build en cas d’échec.</translation>
    </message>
    <message>
        <source>Swarm mode is not enabled unless needed</source>
        <extracomment>HC-DAEMON-SWARM-MODE title</extracomment>
        <translation>Le mode swarm n’est activé qu’en cas de besoin</translation>
    </message>
    <message>
        <source>/info Swarm.LocalNodeState. A node that is part of a swarm (active, pending, locked or in error) is reported for review; a daemon without swarm fields (Podman) passes.</source>
        <extracomment>HC-DAEMON-SWARM-MODE description</extracomment>
        <translation>/info Swarm.LocalNodeState. Un nœud membre d’un swarm (active, pending, locked ou error) est signalé pour revue ; un démon sans champs swarm (Podman) réussit.</translation>
    </message>
    <message>
        <source>Swarm mode opens management and data ports (2377, 7946, 4789) and runs a raft store and a CA. When no service needs it, it is attack surface only.</source>
        <extracomment>HC-DAEMON-SWARM-MODE rationale</extracomment>
        <translation>Le mode swarm ouvre des ports de gestion et de données (2377, 7946, 4789) et exécute un stockage raft et une AC. Si aucun service n’en a besoin, ce n’est qu’une surface d’attaque.</translation>
    </message>
    <message>
        <source>If {name} runs no swarm services, leave the swarm with &quot;docker swarm leave&quot; (on a manager: &quot;docker swarm leave --force&quot; after demoting it).</source>
        <extracomment>HC-DAEMON-SWARM-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Si {name} n’exécute aucun service swarm, quittez le swarm avec « docker swarm leave » (sur un manager : « docker swarm leave --force » après l’avoir rétrogradé).</translation>
    </message>
    <message>
        <source>An AppArmor profile confines the container (if applicable)</source>
        <extracomment>HC-CONTAINER-APPARMOR title</extracomment>
        <translation>Un profil AppArmor confine le conteneur (le cas échéant)</translation>
    </message>
    <message>
        <source>The AppArmor profile the container runs under: --security-opt apparmor=..., else the recorded AppArmorProfile, else &quot;unconfined&quot; for privileged containers and docker-default for the others. Only applicable when the daemon reports AppArmor (/info SecurityOptions name=apparmor); elsewhere the result is skip &quot;host has no AppArmor&quot; (the reference tool warns on every container of such hosts).</source>
        <extracomment>HC-CONTAINER-APPARMOR description</extracomment>
        <translation>Le profil AppArmor sous lequel s’exécute le conteneur : --security-opt apparmor=..., sinon l’AppArmorProfile enregistré, sinon « unconfined » pour les conteneurs privilégiés et docker-default pour les autres. Applicable uniquement lorsque le démon signale AppArmor (/info SecurityOptions name=apparmor) ; ailleurs, le résultat est ignoré avec « l’hôte n’a pas AppArmor » (l’outil de référence avertit sur chaque conteneur de tels hôtes).</translation>
    </message>
    <message>
        <source>AppArmor limits what a container&apos;s processes may do with files, mounts and the kernel even when they run as root, and blocks many escape techniques.</source>
        <extracomment>HC-CONTAINER-APPARMOR rationale</extracomment>
        <translation>AppArmor limite ce que les processus d’un conteneur peuvent faire des fichiers, des montages et du noyau, même lorsqu’ils s’exécutent en root, et bloque de nombreuses techniques d’évasion.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--security-opt apparmor=unconfined&quot; and without --privileged, so that Docker applies docker-default, or with a profile of your own: &quot;docker run --security-opt apparmor=PROFILE ...&quot;.</source>
        <extracomment>HC-CONTAINER-APPARMOR remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --security-opt apparmor=unconfined » et sans --privileged, pour que Docker applique docker-default, ou avec votre propre profil : « docker run --security-opt apparmor=PROFILE ... ».</translation>
    </message>
    <message>
        <source>SELinux security options are set (if applicable)</source>
        <extracomment>HC-CONTAINER-SELINUX title</extracomment>
        <translation>Les options de sécurité SELinux sont définies (le cas échéant)</translation>
    </message>
    <message>
        <source>The container&apos;s SELinux label: label options in HostConfig.SecurityOpt or the ProcessLabel Docker assigned. &quot;label=disable&quot; fails, including when Docker added it itself for --privileged, --pid=host or --ipc=host containers (the reference tool passes those, and counts any security option, such as no-new-privileges, as an SELinux option). Only applicable when the daemon runs with SELinux support (/info SecurityOptions name=selinux); elsewhere the result is skip.</source>
        <extracomment>HC-CONTAINER-SELINUX description</extracomment>
        <translation>Le label SELinux du conteneur : options label dans HostConfig.SecurityOpt ou ProcessLabel attribué par Docker. « label=disable » échoue, y compris lorsque Docker l’a ajouté lui-même pour des conteneurs --privileged, --pid=host ou --ipc=host (l’outil de référence les accepte, et compte toute option de sécurité, comme no-new-privileges, comme une option SELinux). Applicable uniquement lorsque le démon tourne avec la prise en charge de SELinux (/info SecurityOptions name=selinux) ; ailleurs, le résultat est ignoré.</translation>
    </message>
    <message>
        <source>SELinux type enforcement and MCS labels keep containers away from host files and from each other, even when a process runs as root.</source>
        <extracomment>HC-CONTAINER-SELINUX rationale</extracomment>
        <translation>L’application des types SELinux et les labels MCS tiennent les conteneurs à l’écart des fichiers de l’hôte et les uns des autres, même lorsqu’un processus s’exécute en root.</translation>
    </message>
    <message>
        <source>Recreate {name} without --privileged, --pid=host, --ipc=host and &quot;--security-opt label=disable&quot;, so that Docker assigns a container_t label, or set one explicitly with &quot;--security-opt label=type:TYPE&quot;.</source>
        <extracomment>HC-CONTAINER-SELINUX remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans --privileged, --pid=host, --ipc=host ni « --security-opt label=disable », pour que Docker attribue un label container_t, ou définissez-en un explicitement avec « --security-opt label=type:TYPE ».</translation>
    </message>
    <message>
        <source>Linux capabilities are restricted</source>
        <extracomment>HC-CONTAINER-CAPABILITIES title</extracomment>
        <translation>Les capacités Linux sont restreintes</translation>
    </message>
    <message>
        <source>HostConfig.CapAdd against Docker&apos;s default set, HostConfig.CapDrop, and Privileged (which grants every capability). Added dangerous capabilities (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, ALL) or a privileged container fail; other capabilities beyond the default set warn; &quot;--cap-drop ALL&quot; is reported as the good state, and keeping the whole default set as information.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES description</extracomment>
        <translation>Compare HostConfig.CapAdd à l’ensemble par défaut de Docker, HostConfig.CapDrop, et Privileged (qui accorde toutes les capacités). L’ajout de capacités dangereuses (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, ALL) ou un conteneur privilégié échoue ; les autres capacités hors de l’ensemble par défaut donnent un avertissement ; « --cap-drop ALL » est signalé comme le bon état, et la conservation de tout l’ensemble par défaut comme une information.</translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power. SYS_ADMIN, SYS_MODULE or SYS_PTRACE alone are enough to leave most containers; every capability the process does not need is attack surface.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES rationale</extracomment>
        <translation>Les capacités découpent le pouvoir de root. SYS_ADMIN, SYS_MODULE ou SYS_PTRACE suffisent à eux seuls pour sortir de la plupart des conteneurs ; chaque capacité dont le processus n’a pas besoin est une surface d’attaque.</translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--cap-drop ALL&quot; and add back only what the process needs (for example &quot;--cap-add NET_BIND_SERVICE&quot;); remove &quot;--cap-add {value}&quot; and --privileged.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec « --cap-drop ALL » et ne rajoutez que ce dont le processus a besoin (par exemple « --cap-add NET_BIND_SERVICE ») ; supprimez « --cap-add {value} » et --privileged.</translation>
    </message>
    <message>
        <source>Privileged containers are not used</source>
        <extracomment>HC-CONTAINER-PRIVILEGED title</extracomment>
        <translation>Aucun conteneur privilégié n’est utilisé</translation>
    </message>
    <message>
        <source>HostConfig.Privileged, for containers in every state.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED description</extracomment>
        <translation>HostConfig.Privileged, pour les conteneurs dans tous les états.</translation>
    </message>
    <message>
        <source>A privileged container has every capability, every host device, no seccomp, AppArmor or SELinux confinement: root in it is root on the host.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED rationale</extracomment>
        <translation>Un conteneur privilégié dispose de toutes les capacités, de tous les périphériques de l’hôte, sans confinement seccomp, AppArmor ni SELinux : y être root, c’est être root sur l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} without --privileged. Grant only the specific capabilities (&quot;--cap-add ...&quot;) and devices (&quot;--device /dev/...&quot;) the workload needs.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans --privileged. N’accordez que les capacités (« --cap-add ... ») et les périphériques (« --device /dev/... ») précis dont la charge de travail a besoin.</translation>
    </message>
    <message>
        <source>Sensitive host directories are not mounted</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS title</extracomment>
        <translation>Les répertoires sensibles de l’hôte ne sont pas montés</translation>
    </message>
    <message>
        <source>Bind mounts (and local volumes that bind a host path) whose source is /, or is /boot, /dev, /etc, /lib, /proc, /sys, /usr, /run (/var/run) or the daemon&apos;s data root, or lies below one of them. Read-only does not make / /etc /proc or /run safe: they hold credentials, other processes&apos; environments and sockets (which work through a read-only mount), so those fail read-only too; read-only mounts of the other paths warn. A few read-only mounts of harmless files (time zone, CA certificates) are ignored. (The reference tool only matches the exact paths and only writable mounts: &quot;-v /:/host:ro&quot; and &quot;/etc/ssh&quot; pass there.)</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS description</extracomment>
        <translation>Montages bind (et volumes locaux qui lient un chemin de l’hôte) dont la source est /, ou /boot, /dev, /etc, /lib, /proc, /sys, /usr, /run (/var/run) ou la racine des données du démon, ou se trouve sous l’un d’eux. La lecture seule ne rend pas / /etc /proc ou /run sûrs : ils contiennent des identifiants, les environnements d’autres processus et des sockets (qui fonctionnent à travers un montage en lecture seule), et échouent donc aussi en lecture seule ; les montages en lecture seule des autres chemins donnent un avertissement. Quelques montages en lecture seule de fichiers inoffensifs (fuseau horaire, certificats d’AC) sont ignorés. (L’outil de référence ne reconnaît que les chemins exacts et seulement les montages en écriture : « -v /:/host:ro » et « /etc/ssh » y passent.)</translation>
    </message>
    <message>
        <source>A container that can write /etc, /boot or /usr of the host can take it over; one that can read / or /etc can read its password hashes, SSH host keys and TLS keys.</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS rationale</extracomment>
        <translation>Un conteneur qui peut écrire dans /etc, /boot ou /usr de l’hôte peut en prendre le contrôle ; un conteneur qui peut lire / ou /etc peut lire ses empreintes de mots de passe, ses clés d’hôte SSH et ses clés TLS.</translation>
    </message>
    <message>
        <source>Recreate {name} without the bind mount of {value}. Mount only the specific files the workload needs, read-only (&quot;-v /host/app-config:/etc/app:ro&quot;), or use a named volume.</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans le montage bind de {value}. Ne montez que les fichiers précis dont la charge de travail a besoin, en lecture seule (« -v /host/app-config:/etc/app:ro »), ou utilisez un volume nommé.</translation>
    </message>
    <message>
        <source>sshd does not run in containers</source>
        <extracomment>HC-CONTAINER-SSHD title</extracomment>
        <translation>sshd ne s’exécute pas dans les conteneurs</translation>
    </message>
    <message>
        <source>The container&apos;s processes as the daemon&apos;s ps sees them (GET /containers/{id}/top; nothing is executed in the container, so images without ps are covered). sshd (also as &quot;sshd: ...&quot; process titles) fails; a command that only mentions sshd does not count. A container sharing the host&apos;s PID namespace shows the host&apos;s processes, which cannot be attributed: that is a warning, not a false result. Port 22 exposed also warns. Containers that are not running are skipped (unless they expose port 22).</source>
        <extracomment>HC-CONTAINER-SSHD description</extracomment>
        <translation>Les processus du conteneur tels que les voit le ps du démon (GET /containers/{id}/top ; rien n’est exécuté dans le conteneur, les images sans ps sont donc couvertes). sshd (y compris sous forme de titres de processus « sshd: ... ») échoue ; une commande qui ne fait que mentionner sshd ne compte pas. Un conteneur partageant l’espace de noms PID de l’hôte montre les processus de l’hôte, qui ne peuvent pas lui être attribués : c’est un avertissement, pas un faux résultat. Un port 22 exposé donne aussi un avertissement. Les conteneurs qui ne sont pas en cours d’exécution sont ignorés (sauf s’ils exposent le port 22).</translation>
    </message>
    <message>
        <source>An SSH daemon in a container is another service to patch, another credential store, and a way around the audit trail of docker exec.</source>
        <extracomment>HC-CONTAINER-SSHD rationale</extracomment>
        <translation>Un démon SSH dans un conteneur est un service de plus à maintenir à jour, un magasin d’identifiants de plus et un moyen de contourner la trace d’audit de docker exec.</translation>
    </message>
    <message>
        <source>Remove the SSH server from {image} and recreate {name} without publishing port 22; use &quot;docker exec -it {name} sh&quot; for interactive access.</source>
        <extracomment>HC-CONTAINER-SSHD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Supprimez le serveur SSH de {image} et recréez {name} sans publier le port 22 ; utilisez « docker exec -it {name} sh » pour un accès interactif.</translation>
    </message>
    <message>
        <source>Privileged host ports are not mapped</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS title</extracomment>
        <translation>Les ports privilégiés de l’hôte ne sont pas mappés</translation>
    </message>
    <message>
        <source>Published host ports below 1024, from HostConfig.PortBindings (so stopped and created containers count too) and, for running containers, NetworkSettings.Ports.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS description</extracomment>
        <translation>Ports de l’hôte publiés inférieurs à 1024, d’après HostConfig.PortBindings (les conteneurs arrêtés et créés comptent donc aussi) et, pour les conteneurs en cours d’exécution, NetworkSettings.Ports.</translation>
    </message>
    <message>
        <source>Ports below 1024 are reserved for privileged services on the host; publishing container services there blurs that line and can shadow host services.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS rationale</extracomment>
        <translation>Les ports inférieurs à 1024 sont réservés aux services privilégiés de l’hôte ; y publier des services de conteneurs brouille cette frontière et peut masquer des services de l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} publishing host port {value} on a port of 1024 or above (&quot;-p 8080:80&quot;), and put a load balancer or reverse proxy in front if a low port is needed.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} en publiant le port d’hôte {value} sur un port supérieur ou égal à 1024 (« -p 8080:80 »), et placez devant un répartiteur de charge ou un reverse proxy si un port bas est nécessaire.</translation>
    </message>
    <message>
        <source>Only needed ports are open on the container</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS title</extracomment>
        <translation>Seuls les ports nécessaires sont ouverts sur le conteneur</translation>
    </message>
    <message>
        <source>Lists every published port (HostConfig.PortBindings, and NetworkSettings.Ports of running containers) for review; a container without published ports passes. Whether a port is needed is the user&apos;s call, so this is information, not a failure.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS description</extracomment>
        <translation>Liste chaque port publié (HostConfig.PortBindings, et NetworkSettings.Ports des conteneurs en cours d’exécution) pour revue ; un conteneur sans port publié réussit. La nécessité d’un port relève de l’utilisateur : il s’agit donc d’une information, pas d’un échec.</translation>
    </message>
    <message>
        <source>Every published port is reachable from outside the host; unneeded ones widen the attack surface.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS rationale</extracomment>
        <translation>Chaque port publié est joignable depuis l’extérieur de l’hôte ; ceux qui sont inutiles élargissent la surface d’attaque.</translation>
    </message>
    <message>
        <source>Recreate {name} publishing only the ports its clients need (now {evidence}); reach the others over a user-defined network instead.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} en ne publiant que les ports dont ses clients ont besoin (actuellement {evidence}) ; joignez les autres via un réseau défini par l’utilisateur.</translation>
    </message>
    <message>
        <source>The host&apos;s network namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK title</extracomment>
        <translation>L’espace de noms réseau de l’hôte n’est pas partagé</translation>
    </message>
    <message>
        <source>HostConfig.NetworkMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK description</extracomment>
        <translation>HostConfig.NetworkMode vaut « host ».</translation>
    </message>
    <message>
        <source>With the host&apos;s network namespace the container sees and can bind every host interface, reach services on localhost and, with NET_ADMIN or NET_RAW, change or sniff host traffic.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK rationale</extracomment>
        <translation>Avec l’espace de noms réseau de l’hôte, le conteneur voit toutes les interfaces de l’hôte et peut s’y lier, atteint les services sur localhost et, avec NET_ADMIN ou NET_RAW, peut modifier ou intercepter le trafic de l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} on a user-defined bridge network (&quot;docker network create app-net&quot; then &quot;docker run --network app-net ...&quot;) and publish only the ports it serves.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sur un réseau bridge défini par l’utilisateur (« docker network create app-net » puis « docker run --network app-net ... ») et ne publiez que les ports qu’il sert.</translation>
    </message>
    <message>
        <source>Memory usage is limited</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT title</extracomment>
        <translation>L’utilisation de la mémoire est limitée</translation>
    </message>
    <message>
        <source>HostConfig.Memory is above 0.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT description</extracomment>
        <translation>HostConfig.Memory est supérieur à 0.</translation>
    </message>
    <message>
        <source>A container without a memory limit can exhaust the host&apos;s memory and make the kernel kill other containers or host processes.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT rationale</extracomment>
        <translation>Un conteneur sans limite de mémoire peut épuiser la mémoire de l’hôte et amener le noyau à tuer d’autres conteneurs ou des processus de l’hôte.</translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --memory 512m --memory-swap 512m {name}&quot; (size it from &quot;docker stats&quot;), and add the same --memory to how {name} is created.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fixez une limite sans recréer le conteneur : « docker update --memory 512m --memory-swap 512m {name} » (dimensionnez-la d’après « docker stats »), et ajoutez le même --memory à la création de {name}.</translation>
    </message>
    <message>
        <source>CPU priority or limits are set</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT title</extracomment>
        <translation>Une priorité ou des limites de CPU sont définies</translation>
    </message>
    <message>
        <source>Any of HostConfig.CpuShares, NanoCpus (--cpus) or CpuQuota is above 0 (the reference tool ignores CpuQuota).</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT description</extracomment>
        <translation>L’un de HostConfig.CpuShares, NanoCpus (--cpus) ou CpuQuota est supérieur à 0 (l’outil de référence ignore CpuQuota).</translation>
    </message>
    <message>
        <source>Without a CPU share or quota, one busy container can starve the others and the host.</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT rationale</extracomment>
        <translation>Sans part ni quota de CPU, un seul conteneur très actif peut affamer les autres et l’hôte.</translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --cpus 1 {name}&quot; (or &quot;--cpu-shares 512&quot; for a relative weight), and add the same flag to how {name} is created.</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fixez une limite sans recréer le conteneur : « docker update --cpus 1 {name} » (ou « --cpu-shares 512 » pour un poids relatif), et ajoutez la même option à la création de {name}.</translation>
    </message>
    <message>
        <source>The container&apos;s root filesystem is read-only</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS title</extracomment>
        <translation>Le système de fichiers racine du conteneur est en lecture seule</translation>
    </message>
    <message>
        <source>HostConfig.ReadonlyRootfs is true.</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS description</extracomment>
        <translation>HostConfig.ReadonlyRootfs vaut true.</translation>
    </message>
    <message>
        <source>A read-only root filesystem stops an intruder from changing the container&apos;s programs and configuration, and makes the data the application writes explicit (volumes, tmpfs).</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS rationale</extracomment>
        <translation>Un système de fichiers racine en lecture seule empêche un intrus de modifier les programmes et la configuration du conteneur, et rend explicites les données écrites par l’application (volumes, tmpfs).</translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--read-only&quot;, giving the paths it writes a volume or a tmpfs (&quot;--tmpfs /tmp --tmpfs /run -v app-data:/var/lib/app&quot;).</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec « --read-only », en donnant aux chemins où il écrit un volume ou un tmpfs (« --tmpfs /tmp --tmpfs /run -v app-data:/var/lib/app »).</translation>
    </message>
    <message>
        <source>Incoming traffic is bound to a specific host interface</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD title</extracomment>
        <translation>Le trafic entrant est lié à une interface précise de l’hôte</translation>
    </message>
    <message>
        <source>Published ports whose host address is a wildcard: 0.0.0.0, the IPv6 :: (missed by the reference tool), or empty, which means the daemon&apos;s default address (its --ip, 0.0.0.0 unless changed; read from the network&apos;s host_binding_ipv4 option). From HostConfig.PortBindings, so stopped containers count too.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD description</extracomment>
        <translation>Ports publiés dont l’adresse côté hôte est générique : 0.0.0.0, :: en IPv6 (que l’outil de référence ne voit pas), ou vide, ce qui signifie l’adresse par défaut du démon (son --ip, 0.0.0.0 sauf modification ; lue dans l’option host_binding_ipv4 du réseau). D’après HostConfig.PortBindings : les conteneurs arrêtés comptent donc aussi.</translation>
    </message>
    <message>
        <source>A port published on every interface is reachable from every network the host is on, including ones the service was never meant for; Docker&apos;s iptables rules also bypass host firewalls such as ufw.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD rationale</extracomment>
        <translation>Un port publié sur toutes les interfaces est joignable depuis tous les réseaux auxquels l’hôte est relié, y compris ceux auxquels le service n’a jamais été destiné ; les règles iptables de Docker contournent en outre les pare-feu de l’hôte comme ufw.</translation>
    </message>
    <message>
        <source>Recreate {name} publishing {value} on one address, for example &quot;-p 127.0.0.1:8080:80&quot; or &quot;-p 10.0.0.5:8080:80&quot;; set the daemon&apos;s default with &quot;ip&quot; in {config_file} to make that the rule.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} en publiant {value} sur une seule adresse, par exemple « -p 127.0.0.1:8080:80 » ou « -p 10.0.0.5:8080:80 » ; définissez la valeur par défaut du démon avec &quot;ip&quot; dans {config_file} pour en faire la règle.</translation>
    </message>
    <message>
        <source>The on-failure restart policy is limited to 5 retries</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY title</extracomment>
        <translation>La politique de redémarrage on-failure est limitée à 5 tentatives</translation>
    </message>
    <message>
        <source>HostConfig.RestartPolicy. &quot;on-failure&quot; with more than 5 retries fails, and so does &quot;on-failure&quot; without a maximum (MaximumRetryCount 0), which retries forever; 1 to 5 retries pass. &quot;no&quot;, &quot;always&quot; and &quot;unless-stopped&quot; pass: MaximumRetryCount means nothing for them. Swarm tasks are skipped: the service&apos;s restart policy governs them. (The reference tool got this wrong both ways several times.)</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY description</extracomment>
        <translation>HostConfig.RestartPolicy. « on-failure » avec plus de 5 tentatives échoue, de même que « on-failure » sans maximum (MaximumRetryCount 0), qui réessaie indéfiniment ; 1 à 5 tentatives réussissent. « no », « always » et « unless-stopped » réussissent : MaximumRetryCount n’a pas de sens pour elles. Les tâches swarm sont ignorées : la politique de redémarrage du service les régit. (L’outil de référence s’est trompé plusieurs fois dans les deux sens.)</translation>
    </message>
    <message>
        <source>A container that fails and restarts without end can hide an attack, fill logs and exhaust host resources.</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY rationale</extracomment>
        <translation>Un conteneur qui échoue et redémarre sans fin peut masquer une attaque, remplir les journaux et épuiser les ressources de l’hôte.</translation>
    </message>
    <message>
        <source>Change the policy without recreating the container: &quot;docker update --restart on-failure:5 {name}&quot; (now {value}).</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Modifiez la politique sans recréer le conteneur : « docker update --restart on-failure:5 {name} » (actuellement {value}).</translation>
    </message>
    <message>
        <source>The host&apos;s process namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-PID title</extracomment>
        <translation>L’espace de noms des processus de l’hôte n’est pas partagé</translation>
    </message>
    <message>
        <source>HostConfig.PidMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-PID description</extracomment>
        <translation>HostConfig.PidMode vaut « host ».</translation>
    </message>
    <message>
        <source>With the host&apos;s PID namespace the container sees every host process, can signal them and, with ptrace, read their memory and environment.</source>
        <extracomment>HC-CONTAINER-HOST-PID rationale</extracomment>
        <translation>Avec l’espace de noms PID de l’hôte, le conteneur voit tous les processus de l’hôte, peut leur envoyer des signaux et, avec ptrace, lire leur mémoire et leur environnement.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--pid=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-PID remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --pid=host ».</translation>
    </message>
    <message>
        <source>The host&apos;s IPC namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-IPC title</extracomment>
        <translation>L’espace de noms IPC de l’hôte n’est pas partagé</translation>
    </message>
    <message>
        <source>HostConfig.IpcMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-IPC description</extracomment>
        <translation>HostConfig.IpcMode vaut « host ».</translation>
    </message>
    <message>
        <source>With the host&apos;s IPC namespace the container can read and change host shared memory and semaphores.</source>
        <extracomment>HC-CONTAINER-HOST-IPC rationale</extracomment>
        <translation>Avec l’espace de noms IPC de l’hôte, le conteneur peut lire et modifier la mémoire partagée et les sémaphores de l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--ipc=host&quot; (use &quot;--ipc=shareable&quot; and &quot;--ipc=container:NAME&quot; between containers).</source>
        <extracomment>HC-CONTAINER-HOST-IPC remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --ipc=host » (utilisez « --ipc=shareable » et « --ipc=container:NAME » entre conteneurs).</translation>
    </message>
    <message>
        <source>Host devices are not exposed to containers</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES title</extracomment>
        <translation>Les périphériques de l’hôte ne sont pas exposés aux conteneurs</translation>
    </message>
    <message>
        <source>HostConfig.Devices, DeviceRequests (GPUs) and DeviceCgroupRules; a privileged container has every device. Often needed on purpose (GPUs, serial ports), so this warns for review.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES description</extracomment>
        <translation>HostConfig.Devices, DeviceRequests (GPU) et DeviceCgroupRules ; un conteneur privilégié dispose de tous les périphériques. Souvent voulu (GPU, ports série) : ce contrôle donne donc un avertissement pour revue.</translation>
    </message>
    <message>
        <source>A device node gives direct access to hardware: a disk device, for example, lets the container read and write the host&apos;s filesystems underneath every other control.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES rationale</extracomment>
        <translation>Un nœud de périphérique donne un accès direct au matériel : un périphérique disque, par exemple, permet au conteneur de lire et d’écrire les systèmes de fichiers de l’hôte en contournant tous les autres contrôles.</translation>
    </message>
    <message>
        <source>Recreate {name} with only the devices it needs, with the least access (&quot;--device /dev/ttyUSB0:/dev/ttyUSB0:r&quot;), and without --privileged.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec uniquement les périphériques dont il a besoin, avec l’accès minimal (« --device /dev/ttyUSB0:/dev/ttyUSB0:r »), et sans --privileged.</translation>
    </message>
    <message>
        <source>Default ulimits are overridden only when needed</source>
        <extracomment>HC-CONTAINER-ULIMITS title</extracomment>
        <translation>Les ulimits par défaut ne sont surchargées qu’en cas de besoin</translation>
    </message>
    <message>
        <source>Lists containers that override the daemon&apos;s default ulimits (HostConfig.Ulimits) for review. (The reference tool lists the opposite: the containers that keep the defaults.) Podman writes its own defaults (RLIMIT_NOFILE, RLIMIT_NPROC) into every container, so they are listed there too.</source>
        <extracomment>HC-CONTAINER-ULIMITS description</extracomment>
        <translation>Liste pour revue les conteneurs qui surchargent les ulimits par défaut du démon (HostConfig.Ulimits). (L’outil de référence liste l’inverse : les conteneurs qui gardent les valeurs par défaut.) Podman inscrit ses propres valeurs par défaut (RLIMIT_NOFILE, RLIMIT_NPROC) dans chaque conteneur ; ceux-ci y sont donc aussi listés.</translation>
    </message>
    <message>
        <source>The daemon-wide defaults are the reviewed baseline; a per-container override should be a deliberate, reviewed exception.</source>
        <extracomment>HC-CONTAINER-ULIMITS rationale</extracomment>
        <translation>Les valeurs par défaut à l’échelle du démon constituent la base revue ; une surcharge par conteneur doit être une exception délibérée et revue.</translation>
    </message>
    <message>
        <source>Review the ulimits of {name} ({value}); recreate it without &quot;--ulimit&quot; where the daemon&apos;s defaults suffice.</source>
        <extracomment>HC-CONTAINER-ULIMITS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Examinez les ulimits de {name} ({value}) ; recréez-le sans « --ulimit » lorsque les valeurs par défaut du démon suffisent.</translation>
    </message>
    <message>
        <source>Mount propagation is not shared</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION title</extracomment>
        <translation>La propagation des montages n’est pas partagée</translation>
    </message>
    <message>
        <source>A mount of the container whose Propagation is &quot;shared&quot; or &quot;rshared&quot;.</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION description</extracomment>
        <translation>Un montage du conteneur dont la propagation (Propagation) est « shared » ou « rshared ».</translation>
    </message>
    <message>
        <source>With shared propagation, mounts made inside the container appear on the host and the other way round, so a container can change what the host sees.</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION rationale</extracomment>
        <translation>Avec une propagation partagée, les montages effectués dans le conteneur apparaissent sur l’hôte et inversement : un conteneur peut donc modifier ce que voit l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} with private propagation on its bind mounts (&quot;-v /src:/dst&quot; or &quot;--mount type=bind,src=/src,dst=/dst,bind-propagation=rprivate&quot;).</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec une propagation privée sur ses montages bind (« -v /src:/dst » ou « --mount type=bind,src=/src,dst=/dst,bind-propagation=rprivate »).</translation>
    </message>
    <message>
        <source>The host&apos;s UTS namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-UTS title</extracomment>
        <translation>L’espace de noms UTS de l’hôte n’est pas partagé</translation>
    </message>
    <message>
        <source>HostConfig.UTSMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-UTS description</extracomment>
        <translation>HostConfig.UTSMode vaut « host ».</translation>
    </message>
    <message>
        <source>With the host&apos;s UTS namespace the container can see and (with SYS_ADMIN) change the host&apos;s hostname.</source>
        <extracomment>HC-CONTAINER-HOST-UTS rationale</extracomment>
        <translation>Avec l’espace de noms UTS de l’hôte, le conteneur peut voir et (avec SYS_ADMIN) modifier le nom d’hôte de l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--uts=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-UTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --uts=host ».</translation>
    </message>
    <message>
        <source>The default seccomp profile is not disabled</source>
        <extracomment>HC-CONTAINER-SECCOMP title</extracomment>
        <translation>Le profil seccomp par défaut n’est pas désactivé</translation>
    </message>
    <message>
        <source>&quot;seccomp=unconfined&quot; in HostConfig.SecurityOpt, a privileged container (Docker applies no seccomp profile to it), or a daemon whose own default profile is unconfined. A custom profile passes with a note to review it. Skipped when the daemon reports no seccomp support.</source>
        <extracomment>HC-CONTAINER-SECCOMP description</extracomment>
        <translation>« seccomp=unconfined » dans HostConfig.SecurityOpt, un conteneur privilégié (Docker ne lui applique aucun profil seccomp), ou un démon dont le profil par défaut est lui-même unconfined. Un profil personnalisé réussit avec une note invitant à le revoir. Ignoré lorsque le démon n’indique aucune prise en charge de seccomp.</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 44 system calls that containers do not need and that kernel exploits and escapes rely on.</source>
        <extracomment>HC-CONTAINER-SECCOMP rationale</extracomment>
        <translation>Le profil seccomp par défaut de Docker bloque environ 44 appels système dont les conteneurs n’ont pas besoin et sur lesquels s’appuient les exploits du noyau et les évasions.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--security-opt seccomp=unconfined&quot; and without --privileged; if a system call is missing, use a copy of Docker&apos;s default profile that allows just that call (&quot;--security-opt seccomp=/path/profile.json&quot;).</source>
        <extracomment>HC-CONTAINER-SECCOMP remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --security-opt seccomp=unconfined » et sans --privileged ; s’il manque un appel système, utilisez une copie du profil par défaut de Docker qui autorise uniquement cet appel (« --security-opt seccomp=/path/profile.json »).</translation>
    </message>
    <message>
        <source>docker exec is not used with --privileged</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED title</extracomment>
        <translation>docker exec n’est pas utilisé avec --privileged</translation>
    </message>
    <message>
        <source>Review the daemon&apos;s events and audit logs for &quot;docker exec --privileged&quot;. Exec sessions are not part of the snapshot (GET /exec/{id}/json only while they are retained).</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED description</extracomment>
        <translation>Examinez les événements et les journaux d’audit du démon à la recherche de « docker exec --privileged ». Les sessions exec ne font pas partie de l’instantané (GET /exec/{id}/json seulement tant qu’elles sont conservées).</translation>
    </message>
    <message>
        <source>A privileged exec session gets every capability in a container that was deliberately started without them.</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED rationale</extracomment>
        <translation>Une session exec privilégiée obtient toutes les capacités dans un conteneur délibérément démarré sans elles.</translation>
    </message>
    <message>
        <source>Watch &quot;docker events --filter event=exec_create&quot; on {name} and forbid --privileged exec with an authorization plugin.</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Surveillez « docker events --filter event=exec_create » sur {name} et interdisez les exec --privileged avec un plugin d’autorisation.</translation>
    </message>
    <message>
        <source>docker exec is not used with --user=root</source>
        <extracomment>HC-DAEMON-EXEC-ROOT title</extracomment>
        <translation>docker exec n’est pas utilisé avec --user=root</translation>
    </message>
    <message>
        <source>Review the daemon&apos;s events and audit logs for &quot;docker exec --user root&quot; (or 0). Exec sessions are not part of the snapshot.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT description</extracomment>
        <translation>Examinez les événements et les journaux d’audit du démon à la recherche de « docker exec --user root » (ou 0). Les sessions exec ne font pas partie de l’instantané.</translation>
    </message>
    <message>
        <source>An exec session as root undoes the non-root user the container was started with.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT rationale</extracomment>
        <translation>Une session exec en root annule l’utilisateur non root avec lequel le conteneur a été démarré.</translation>
    </message>
    <message>
        <source>Watch &quot;docker events --filter event=exec_create&quot; on {name} and forbid root exec sessions with an authorization plugin.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Surveillez « docker events --filter event=exec_create » sur {name} et interdisez les sessions exec en root avec un plugin d’autorisation.</translation>
    </message>
    <message>
        <source>cgroup usage is confirmed</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT title</extracomment>
        <translation>L’utilisation des cgroups est confirmée</translation>
    </message>
    <message>
        <source>HostConfig.CgroupParent is set: the container runs under a cgroup other than the daemon&apos;s default, which should be a deliberate choice.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT description</extracomment>
        <translation>HostConfig.CgroupParent est défini : le conteneur s’exécute sous un cgroup autre que celui par défaut du démon, ce qui doit être un choix délibéré.</translation>
    </message>
    <message>
        <source>A container placed under an arbitrary cgroup can escape the limits and accounting the daemon&apos;s default cgroup applies.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT rationale</extracomment>
        <translation>Un conteneur placé sous un cgroup arbitraire peut échapper aux limites et à la comptabilisation qu’applique le cgroup par défaut du démon.</translation>
    </message>
    <message>
        <source>Confirm that {value} is the intended cgroup for {name}; otherwise recreate it without &quot;--cgroup-parent&quot;.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Confirmez que {value} est le cgroup voulu pour {name} ; sinon, recréez-le sans « --cgroup-parent ».</translation>
    </message>
    <message>
        <source>Containers cannot acquire additional privileges</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES title</extracomment>
        <translation>Les conteneurs ne peuvent pas acquérir de privilèges supplémentaires</translation>
    </message>
    <message>
        <source>&quot;no-new-privileges&quot; in the container&apos;s HostConfig.SecurityOpt, or set daemon-wide (--no-new-privileges or daemon.json, readable for local daemons). &quot;no-new-privileges:false&quot; on the container overrides the daemon default and fails. On a remote daemon, where the default cannot be seen, a container without the option warns.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES description</extracomment>
        <translation>« no-new-privileges » dans le HostConfig.SecurityOpt du conteneur, ou défini à l’échelle du démon (--no-new-privileges ou daemon.json, lisible pour les démons locaux). « no-new-privileges:false » sur le conteneur prévaut sur la valeur par défaut du démon et échoue. Sur un démon distant, où la valeur par défaut n’est pas visible, un conteneur sans l’option donne un avertissement.</translation>
    </message>
    <message>
        <source>no-new-privileges stops setuid binaries and file capabilities from raising a process&apos;s privileges, closing a common path from a compromised application user to root.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES rationale</extracomment>
        <translation>no-new-privileges empêche les binaires setuid et les capacités de fichiers d’élever les privilèges d’un processus, ce qui ferme une voie courante menant d’un utilisateur applicatif compromis à root.</translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--security-opt no-new-privileges&quot;, or set &quot;no-new-privileges&quot;: true in {config_file} and restart the daemon to make it the default for new containers.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec « --security-opt no-new-privileges », ou définissez &quot;no-new-privileges&quot;: true dans {config_file} et redémarrez le démon pour en faire la valeur par défaut des nouveaux conteneurs.</translation>
    </message>
    <message>
        <source>Container health is checked at runtime</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK title</extracomment>
        <translation>La santé des conteneurs est contrôlée à l’exécution</translation>
    </message>
    <message>
        <source>The container&apos;s healthcheck (Config.Healthcheck, or its image&apos;s), in every state; a test of NONE (--no-healthcheck) counts as none. For running containers, State.Health: unhealthy warns.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK description</extracomment>
        <translation>Le contrôle de santé du conteneur (Config.Healthcheck, ou celui de son image), dans tous les états ; un test NONE (--no-healthcheck) compte comme absent. Pour les conteneurs en cours d’exécution, State.Health : unhealthy donne un avertissement.</translation>
    </message>
    <message>
        <source>A healthcheck lets Docker and the orchestrator see that a running container no longer works, and restart or replace it.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK rationale</extracomment>
        <translation>Un contrôle de santé permet à Docker et à l’orchestrateur de voir qu’un conteneur en cours d’exécution ne fonctionne plus, et de le redémarrer ou de le remplacer.</translation>
    </message>
    <message>
        <source>Recreate {name} with a healthcheck (&quot;--health-cmd &apos;wget -qO- http://localhost:8080/health || exit 1&apos; --health-interval 30s&quot;), or add a HEALTHCHECK to the Dockerfile of {image}.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec un contrôle de santé (« --health-cmd &apos;wget -qO- http://localhost:8080/health || exit 1&apos; --health-interval 30s »), ou ajoutez un HEALTHCHECK au Dockerfile de {image}.</translation>
    </message>
    <message>
        <source>Containers use a pinned image version, not :latest</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED title</extracomment>
        <translation>Les conteneurs utilisent une version d’image épinglée, pas :latest</translation>
    </message>
    <message>
        <source>Config.Image: no tag or &quot;:latest&quot; fails (the reference tool evaluates nothing here). A version tag passes when the image has a registry digest; it warns when the image has none (built locally or loaded: the tag cannot be verified) or when the tag now names another image than the one the container runs. A digest or an image ID is pinned.</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED description</extracomment>
        <translation>Config.Image : l’absence de tag ou « :latest » échoue (l’outil de référence n’évalue rien ici). Un tag de version réussit lorsque l’image a un digest de registre ; il donne un avertissement lorsque l’image n’en a pas (construite localement ou chargée : le tag ne peut pas être vérifié) ou lorsque le tag désigne désormais une autre image que celle qu’exécute le conteneur. Un digest ou un ID d’image est épinglé.</translation>
    </message>
    <message>
        <source>&quot;:latest&quot; names whatever was pushed last: two hosts, or one host before and after a pull, run different code under the same name, and a rollback has nothing to go back to.</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED rationale</extracomment>
        <translation>« :latest » désigne ce qui a été poussé en dernier : deux hôtes, ou un même hôte avant et après un pull, exécutent du code différent sous le même nom, et un retour arrière n’a rien vers quoi revenir.</translation>
    </message>
    <message>
        <source>Recreate {name} from a version tag or, better, a digest: &quot;docker run ... IMAGE:1.2.3&quot; or &quot;IMAGE@sha256:...&quot; (see &quot;docker image inspect --format &apos;{{.RepoDigests}}&apos; {value}&quot;).</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} à partir d’un tag de version ou, mieux, d’un digest : « docker run ... IMAGE:1.2.3 » ou « IMAGE@sha256:... » (voir « docker image inspect --format &apos;{{.RepoDigests}}&apos; {value} »).</translation>
    </message>
    <message>
        <source>The PIDs cgroup limit is used</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT title</extracomment>
        <translation>La limite de PIDs du cgroup est utilisée</translation>
    </message>
    <message>
        <source>HostConfig.PidsLimit is above 0 (0, -1 and null mean no limit).</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT description</extracomment>
        <translation>HostConfig.PidsLimit est supérieur à 0 (0, -1 et null signifient aucune limite).</translation>
    </message>
    <message>
        <source>Without a PIDs limit a fork bomb in one container exhausts the host&apos;s process table.</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT rationale</extracomment>
        <translation>Sans limite de PIDs, une fork bomb dans un conteneur épuise la table des processus de l’hôte.</translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --pids-limit 200 {name}&quot;, and add the same --pids-limit to how {name} is created.</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Fixez une limite sans recréer le conteneur : « docker update --pids-limit 200 {name} », et ajoutez le même --pids-limit à la création de {name}.</translation>
    </message>
    <message>
        <source>The default bridge docker0 is not used</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE title</extracomment>
        <translation>Le bridge par défaut docker0 n’est pas utilisé</translation>
    </message>
    <message>
        <source>The container is attached to the network whose bridge is docker0 (com.docker.network.bridge.name), which is marked as the default bridge, or which is named &quot;bridge&quot;.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE description</extracomment>
        <translation>Le conteneur est relié au réseau dont le bridge est docker0 (com.docker.network.bridge.name), qui est marqué comme bridge par défaut, ou qui s’appelle « bridge ».</translation>
    </message>
    <message>
        <source>On the default bridge every container can reach every other (inter-container communication is on unless the daemon turns it off), and names do not resolve. User-defined networks isolate groups of containers.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE rationale</extracomment>
        <translation>Sur le bridge par défaut, chaque conteneur peut atteindre tous les autres (la communication inter-conteneurs est activée sauf si le démon la désactive), et les noms ne sont pas résolus. Les réseaux définis par l’utilisateur isolent des groupes de conteneurs.</translation>
    </message>
    <message>
        <source>Create a user-defined network and move {name} to it: &quot;docker network create app-net&quot;, &quot;docker network connect app-net {name}&quot;, &quot;docker network disconnect {value} {name}&quot;.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Créez un réseau défini par l’utilisateur et déplacez-y {name} : « docker network create app-net », « docker network connect app-net {name} », « docker network disconnect {value} {name} ».</translation>
    </message>
    <message>
        <source>The host&apos;s user namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-USERNS title</extracomment>
        <translation>L’espace de noms utilisateur de l’hôte n’est pas partagé</translation>
    </message>
    <message>
        <source>HostConfig.UsernsMode is &quot;host&quot; (which opts out of the daemon&apos;s user namespace remapping).</source>
        <extracomment>HC-CONTAINER-HOST-USERNS description</extracomment>
        <translation>HostConfig.UsernsMode vaut « host » (ce qui soustrait le conteneur au remappage des espaces de noms utilisateur du démon).</translation>
    </message>
    <message>
        <source>With the host&apos;s user namespace, root in the container is root on the host.</source>
        <extracomment>HC-CONTAINER-HOST-USERNS rationale</extracomment>
        <translation>Avec l’espace de noms utilisateur de l’hôte, root dans le conteneur est root sur l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--userns=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-USERNS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --userns=host ».</translation>
    </message>
    <message>
        <source>The Docker socket is not mounted in containers</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET title</extracomment>
        <translation>Le socket Docker n’est pas monté dans les conteneurs</translation>
    </message>
    <message>
        <source>A mount (bind, or a volume that binds a host path) whose source is the daemon&apos;s real socket (the one this scan used), any directory above it (/run, /var/run, the socket&apos;s own directory, /), the default Docker, containerd or Podman socket or their directories, or any path named docker.sock, podman.sock or containerd.sock. A read-only mount does not help: connect(2) works through it. (The reference tool searches the text &quot;docker.sock&quot; and misses a mounted socket directory or a socket with another name.)</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET description</extracomment>
        <translation>Un montage (bind, ou volume qui lie un chemin de l’hôte) dont la source est le socket réel du démon (celui utilisé par cette analyse), tout répertoire au-dessus (/run, /var/run, le répertoire du socket lui-même, /), le socket par défaut de Docker, containerd ou Podman ou leurs répertoires, ou tout chemin nommé docker.sock, podman.sock ou containerd.sock. Un montage en lecture seule n’y change rien : connect(2) fonctionne à travers. (L’outil de référence cherche le texte « docker.sock » et ne voit ni un répertoire de socket monté ni un socket portant un autre nom.)</translation>
    </message>
    <message>
        <source>The socket is the daemon&apos;s full API: a container that can reach it can start a privileged container that mounts the host&apos;s root, which is root on the host.</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET rationale</extracomment>
        <translation>Le socket est l’API complète du démon : un conteneur qui peut l’atteindre peut lancer un conteneur privilégié qui monte la racine de l’hôte, ce qui équivaut à root sur l’hôte.</translation>
    </message>
    <message>
        <source>Recreate {name} without the mount of {value} ({socket} is the daemon&apos;s socket). If the container must manage containers, give it a socket proxy that allows only the needed API calls, read-only, or use rootless Docker.</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans le montage de {value} ({socket} est le socket du démon). Si le conteneur doit gérer des conteneurs, donnez-lui un proxy de socket qui n’autorise que les appels d’API nécessaires, en lecture seule, ou utilisez Docker rootless.</translation>
    </message>
    <message>
        <source>Image sprawl is avoided</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL title</extracomment>
        <translation>La prolifération des images est évitée</translation>
    </message>
    <message>
        <source>Counts the daemon&apos;s images: how many are in use by a container in any state (running, stopped or created), how many are unused, and how many are untagged. Reported as information. (The reference tool prints these counts per container and swapped.)</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL description</extracomment>
        <translation>Compte les images du démon : combien sont utilisées par un conteneur dans n’importe quel état (en cours d’exécution, arrêté ou créé), combien sont inutilisées et combien n’ont pas de tag. Signalé à titre d’information. (L’outil de référence affiche ces décomptes par conteneur, et intervertis.)</translation>
    </message>
    <message>
        <source>Unused images keep old, unpatched software on the host, use disk space and make it harder to know what is deployed. Removing them leaves only what is needed.</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL rationale</extracomment>
        <translation>Les images inutilisées conservent sur l’hôte des logiciels anciens et non corrigés, occupent de l’espace disque et compliquent la connaissance de ce qui est déployé. Les supprimer ne laisse que le nécessaire.</translation>
    </message>
    <message>
        <source>Review the {value} unused images on {name} (&quot;docker image ls&quot;, &quot;docker ps -a --format &apos;{{.Image}}&apos;&quot;) and remove those no longer needed with &quot;docker image prune -a&quot; (removes every image no container uses) or &quot;docker image rm IMAGE&quot;.</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Examinez les {value} images inutilisées sur {name} (« docker image ls », « docker ps -a --format &apos;{{.Image}}&apos; ») et supprimez celles qui ne sont plus nécessaires avec « docker image prune -a » (supprime toutes les images qu’aucun conteneur n’utilise) ou « docker image rm IMAGE ».</translation>
    </message>
    <message>
        <source>Container sprawl is avoided</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL title</extracomment>
        <translation>La prolifération des conteneurs est évitée</translation>
    </message>
    <message>
        <source>Counts the daemon&apos;s containers by state (running, paused, exited, created, dead) from the snapshot and compares with /info. Reported as information.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL description</extracomment>
        <translation>Compte les conteneurs du démon par état (running, paused, exited, created, dead) d’après l’instantané et compare avec /info. Signalé à titre d’information.</translation>
    </message>
    <message>
        <source>Stopped containers keep their configuration, environment (including secrets) and writable layer on the host, and can be restarted by mistake. Removing those no longer needed keeps the host clean and the inventory meaningful.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL rationale</extracomment>
        <translation>Les conteneurs arrêtés conservent sur l’hôte leur configuration, leur environnement (secrets compris) et leur couche inscriptible, et peuvent être redémarrés par erreur. Supprimer ceux qui ne sont plus nécessaires garde l’hôte propre et l’inventaire pertinent.</translation>
    </message>
    <message>
        <source>Review the {value} containers on {name} that are not running (&quot;docker ps -a --filter status=exited --filter status=created&quot;) and remove those no longer needed with &quot;docker container prune&quot; or &quot;docker rm NAME&quot;.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Examinez les {value} conteneurs de {name} qui ne sont pas en cours d’exécution (« docker ps -a --filter status=exited --filter status=created ») et supprimez ceux qui ne sont plus nécessaires avec « docker container prune » ou « docker rm NAME ».</translation>
    </message>
    <message>
        <source>The swarm has the minimum number of manager nodes</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS title</extracomment>
        <translation>Le swarm a le nombre minimal de nœuds manager</translation>
    </message>
    <message>
        <source>The number of managers and nodes of the swarm (/info Swarm.Managers, Swarm.Nodes, on a manager). More than seven managers, or an even number of them (which adds no fault tolerance), is reported. (The reference tool counts raft leaders, which is always one.)</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS description</extracomment>
        <translation>Le nombre de managers et de nœuds du swarm (/info Swarm.Managers, Swarm.Nodes, sur un manager). Plus de sept managers, ou un nombre pair (qui n’ajoute aucune tolérance aux pannes), est signalé. (L’outil de référence compte les leaders raft, toujours au nombre d’un.)</translation>
    </message>
    <message>
        <source>Every manager holds the cluster&apos;s state and keys. More managers than the fault tolerance needs only widens the attack surface.</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS rationale</extracomment>
        <translation>Chaque manager détient l’état et les clés du cluster. Plus de managers que n’en exige la tolérance aux pannes ne fait qu’élargir la surface d’attaque.</translation>
    </message>
    <message>
        <source>Keep an odd number of managers (1, 3, 5 or 7) sized for the fault tolerance you need, and demote the others with &quot;docker node demote NODE&quot; (there are {value} now).</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Conservez un nombre impair de managers (1, 3, 5 ou 7) dimensionné selon la tolérance aux pannes dont vous avez besoin, et rétrogradez les autres avec « docker node demote NODE » (il y en a actuellement {value}).</translation>
    </message>
    <message>
        <source>Swarm services are bound to a specific host interface</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS title</extracomment>
        <translation>Les services swarm sont liés à une interface précise de l’hôte</translation>
    </message>
    <message>
        <source>The swarm&apos;s management port 2377 should listen on one interface. The API shows the node&apos;s advertised address (Swarm.NodeAddr) but not the listening socket, which needs host access: this is a review item with the address as evidence.</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS description</extracomment>
        <translation>Le port de gestion 2377 du swarm doit écouter sur une seule interface. L’API montre l’adresse annoncée du nœud (Swarm.NodeAddr) mais pas le socket d’écoute, qui nécessite un accès à l’hôte : il s’agit d’un point de revue, avec l’adresse comme preuve.</translation>
    </message>
    <message>
        <source>A management port that listens on every interface is reachable from networks that should not reach it.</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS rationale</extracomment>
        <translation>Un port de gestion qui écoute sur toutes les interfaces est joignable depuis des réseaux qui ne devraient pas y avoir accès.</translation>
    </message>
    <message>
        <source>Check with &quot;ss -lntp | grep 2377&quot; on the host of {name}. If it listens on 0.0.0.0 or [::], re-join or re-initialise the node with &quot;--listen-addr {value}:2377&quot; (or another single address).</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Vérifiez avec « ss -lntp | grep 2377 » sur l’hôte de {name}. S’il écoute sur 0.0.0.0 ou [::], faites rejoindre ou réinitialisez le nœud avec « --listen-addr {value}:2377 » (ou une autre adresse unique).</translation>
    </message>
    <message>
        <source>Overlay networks are encrypted</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION title</extracomment>
        <translation>Les réseaux overlay sont chiffrés</translation>
    </message>
    <message>
        <source>Overlay networks of the snapshot whose options lack &quot;encrypted&quot;.</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION description</extracomment>
        <translation>Réseaux overlay de l’instantané dont les options ne comportent pas « encrypted ».</translation>
    </message>
    <message>
        <source>Without encryption, container traffic between swarm nodes crosses the network in clear text (VXLAN).</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION rationale</extracomment>
        <translation>Sans chiffrement, le trafic des conteneurs entre nœuds swarm traverse le réseau en clair (VXLAN).</translation>
    </message>
    <message>
        <source>Recreate the overlay network {value} with encryption: &quot;docker network create --driver overlay --opt encrypted NAME&quot;, then move the services to it (&quot;docker service update --network-rm OLD --network-add NAME SERVICE&quot;).</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez le réseau overlay {value} avec chiffrement : « docker network create --driver overlay --opt encrypted NAME », puis déplacez-y les services (« docker service update --network-rm OLD --network-add NAME SERVICE »).</translation>
    </message>
    <message>
        <source>Swarm secrets are managed with docker secret</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS title</extracomment>
        <translation>Les secrets swarm sont gérés avec docker secret</translation>
    </message>
    <message>
        <source>Review that services get their secrets from docker secret. Swarm secrets are not part of the snapshot; secret-looking environment variables of containers are reported by HC-CONTAINER-SECRETS.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS description</extracomment>
        <translation>Vérifiez que les services obtiennent leurs secrets via docker secret. Les secrets swarm ne font pas partie de l’instantané ; les variables d’environnement des conteneurs ressemblant à des secrets sont signalées par HC-CONTAINER-SECRETS.</translation>
    </message>
    <message>
        <source>Docker secrets are encrypted at rest in the raft log and only mounted into the services that need them, unlike environment variables.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS rationale</extracomment>
        <translation>Contrairement aux variables d’environnement, les secrets Docker sont chiffrés au repos dans le journal raft et montés uniquement dans les services qui en ont besoin.</translation>
    </message>
    <message>
        <source>Create secrets with &quot;docker secret create NAME FILE&quot; and give them to services with &quot;docker service update --secret-add NAME SERVICE&quot;; read them from /run/secrets/NAME instead of environment variables.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS remediation</extracomment>
        <translation>Créez les secrets avec « docker secret create NAME FILE » et transmettez-les aux services avec « docker service update --secret-add NAME SERVICE » ; lisez-les depuis /run/secrets/NAME au lieu de variables d’environnement.</translation>
    </message>
    <message>
        <source>Swarm manager auto-lock is enabled</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK title</extracomment>
        <translation>Le verrouillage automatique des managers swarm est activé</translation>
    </message>
    <message>
        <source>Spec.EncryptionConfig.AutoLockManagers of the swarm (from /info on a manager).</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK description</extracomment>
        <translation>Spec.EncryptionConfig.AutoLockManagers du swarm (d’après /info sur un manager).</translation>
    </message>
    <message>
        <source>Without auto-lock, the keys that decrypt the raft log are stored on disk next to it; anyone with the manager&apos;s disk has the swarm&apos;s secrets.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK rationale</extracomment>
        <translation>Sans verrouillage automatique, les clés qui déchiffrent le journal raft sont stockées sur disque à côté de lui ; quiconque dispose du disque du manager détient les secrets du swarm.</translation>
    </message>
    <message>
        <source>Run &quot;docker swarm update --autolock=true&quot; on a manager and store the unlock key it prints in a password manager; managers then need &quot;docker swarm unlock&quot; after a restart.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK remediation</extracomment>
        <translation>Exécutez « docker swarm update --autolock=true » sur un manager et conservez la clé de déverrouillage qu’il affiche dans un gestionnaire de mots de passe ; les managers nécessitent alors « docker swarm unlock » après un redémarrage.</translation>
    </message>
    <message>
        <source>The swarm manager auto-lock key is rotated periodically</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION title</extracomment>
        <translation>La clé de verrouillage automatique des managers swarm est renouvelée périodiquement</translation>
    </message>
    <message>
        <source>Review that the unlock key is rotated on a schedule; the API does not show when it last changed. Reports when auto-lock is off, since there is then no key to rotate.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION description</extracomment>
        <translation>Vérifiez que la clé de déverrouillage est renouvelée selon un calendrier ; l’API n’indique pas quand elle a changé pour la dernière fois. Signale lorsque le verrouillage automatique est désactivé, puisqu’il n’y a alors aucune clé à renouveler.</translation>
    </message>
    <message>
        <source>A key that never changes stays valid for everyone who ever saw it.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION rationale</extracomment>
        <translation>Une clé qui ne change jamais reste valide pour tous ceux qui l’ont vue un jour.</translation>
    </message>
    <message>
        <source>Rotate the key with &quot;docker swarm unlock-key --rotate&quot; on a schedule, and keep the previous key until every manager has been restarted once.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION remediation</extracomment>
        <translation>Renouvelez la clé avec « docker swarm unlock-key --rotate » selon un calendrier, et conservez la clé précédente jusqu’à ce que chaque manager ait redémarré une fois.</translation>
    </message>
    <message>
        <source>Node certificates are rotated as appropriate</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY title</extracomment>
        <translation>Les certificats des nœuds sont renouvelés de manière appropriée</translation>
    </message>
    <message>
        <source>Spec.CAConfig.NodeCertExpiry of the swarm against a maximum of 90 days (Docker&apos;s default is 90 days, which passes; the reference tool only passes a setting of exactly 2 days).</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY description</extracomment>
        <translation>Compare Spec.CAConfig.NodeCertExpiry du swarm à un maximum de 90 jours (la valeur par défaut de Docker est 90 jours, ce qui réussit ; l’outil de référence n’accepte qu’un réglage d’exactement 2 jours).</translation>
    </message>
    <message>
        <source>Short-lived node certificates limit how long a stolen certificate can be used.</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY rationale</extracomment>
        <translation>Des certificats de nœud à courte durée de vie limitent la durée pendant laquelle un certificat volé peut être utilisé.</translation>
    </message>
    <message>
        <source>Set a shorter certificate lifetime with &quot;docker swarm update --cert-expiry 720h&quot; (30 days; now {value} days).</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Définissez une durée de vie de certificat plus courte avec « docker swarm update --cert-expiry 720h » (30 jours ; actuellement {value} jours).</translation>
    </message>
    <message>
        <source>The swarm root CA is rotated as appropriate</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION title</extracomment>
        <translation>L’AC racine du swarm est renouvelée de manière appropriée</translation>
    </message>
    <message>
        <source>Review that the root CA certificate is rotated on a schedule. The API shows whether a rotation is in progress but not when the last one happened.</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION description</extracomment>
        <translation>Vérifiez que le certificat de l’AC racine est renouvelé selon un calendrier. L’API indique si un renouvellement est en cours, mais pas quand le dernier a eu lieu.</translation>
    </message>
    <message>
        <source>Rotating the root CA limits the damage of a leaked CA key and renews every node certificate.</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION rationale</extracomment>
        <translation>Renouveler l’AC racine limite les dégâts d’une fuite de la clé de l’AC et renouvelle chaque certificat de nœud.</translation>
    </message>
    <message>
        <source>Rotate the root CA with &quot;docker swarm ca --rotate&quot; on a schedule (and at once if its key may have leaked).</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION remediation</extracomment>
        <translation>Renouvelez l’AC racine avec « docker swarm ca --rotate » selon un calendrier (et immédiatement si sa clé a pu fuiter).</translation>
    </message>
    <message>
        <source>Management plane traffic is separated from data plane traffic</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION title</extracomment>
        <translation>Le trafic du plan de gestion est séparé du trafic du plan de données</translation>
    </message>
    <message>
        <source>Review that container (data path) traffic uses another interface than swarm management. The node address is shown; the data path address is not exposed by /info.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION description</extracomment>
        <translation>Vérifiez que le trafic des conteneurs (chemin de données) utilise une autre interface que la gestion du swarm. L’adresse du nœud est affichée ; l’adresse du chemin de données n’est pas exposée par /info.</translation>
    </message>
    <message>
        <source>Separate interfaces keep a flood or compromise of application traffic away from the control plane.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION rationale</extracomment>
        <translation>Des interfaces séparées protègent le plan de contrôle d’une saturation ou d’une compromission du trafic applicatif.</translation>
    </message>
    <message>
        <source>Initialise or join nodes with &quot;--advertise-addr&quot; on the management interface ({value}) and &quot;--data-path-addr&quot; on a separate data interface.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Initialisez ou faites rejoindre les nœuds avec « --advertise-addr » sur l’interface de gestion ({value}) et « --data-path-addr » sur une interface de données distincte.</translation>
    </message>
    <message>
        <source>The daemon is not reached over plain TCP</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP title</extracomment>
        <translation>Le démon n’est pas joint en TCP simple</translation>
    </message>
    <message>
        <source>Fails when this scan reached the daemon over TCP without TLS. A unix socket or a TLS connection passes.</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP description</extracomment>
        <translation>Échoue lorsque cette analyse a joint le démon en TCP sans TLS. Un socket unix ou une connexion TLS réussit.</translation>
    </message>
    <message>
        <source>Without TLS, the API traffic (every container&apos;s configuration, environment values included) crosses the network in clear text, and nothing proves the other end is the daemon. A daemon that accepts plain TCP also gives root on its host to anyone who reaches the port.</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP rationale</extracomment>
        <translation>Sans TLS, le trafic de l’API (la configuration de chaque conteneur, valeurs d’environnement comprises) traverse le réseau en clair, et rien ne prouve que l’autre extrémité est bien le démon. Un démon qui accepte le TCP simple donne en outre les droits root sur son hôte à quiconque atteint le port.</translation>
    </message>
    <message>
        <source>Connect over a unix socket, or over TLS with verification: give the daemon a certificate (&quot;tlsverify&quot;, &quot;tlscacert&quot;, &quot;tlscert&quot;, &quot;tlskey&quot; in daemon.json, port 2376) and connect with --tlsverify --tlscacert --tlscert --tlskey (or DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP remediation</extracomment>
        <translation>Connectez-vous via un socket unix, ou en TLS avec vérification : dotez le démon d’un certificat (&quot;tlsverify&quot;, &quot;tlscacert&quot;, &quot;tlscert&quot;, &quot;tlskey&quot; dans daemon.json, port 2376) et connectez-vous avec --tlsverify --tlscacert --tlscert --tlskey (ou DOCKER_TLS_VERIFY=1 et DOCKER_CERT_PATH).</translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate is verified</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY title</extracomment>
        <translation>Le certificat TLS du démon est vérifié</translation>
    </message>
    <message>
        <source>For a TLS connection, fails when the daemon&apos;s certificate was not verified (the user connected with --tls but without --tlsverify). Hullcheck only connects that way when asked to explicitly.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY description</extracomment>
        <translation>Pour une connexion TLS, échoue lorsque le certificat du démon n’a pas été vérifié (l’utilisateur s’est connecté avec --tls mais sans --tlsverify). Hullcheck ne se connecte ainsi que sur demande explicite.</translation>
    </message>
    <message>
        <source>Without verification, anyone between this machine and the daemon can pose as the daemon: the scan&apos;s results cannot be trusted, and the client certificate is presented to whoever answers.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY rationale</extracomment>
        <translation>Sans vérification, toute personne placée entre cette machine et le démon peut se faire passer pour lui : les résultats de l’analyse ne sont pas fiables, et le certificat client est présenté à quiconque répond.</translation>
    </message>
    <message>
        <source>Connect with --tlsverify and the CA that signed the daemon&apos;s certificate (--tlscacert, or ca.pem in DOCKER_CERT_PATH). If verification fails, fix the cause it names (unknown CA, host name, expiry) instead of switching it off.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY remediation</extracomment>
        <translation>Connectez-vous avec --tlsverify et l’AC qui a signé le certificat du démon (--tlscacert, ou ca.pem dans DOCKER_CERT_PATH). Si la vérification échoue, corrigez la cause indiquée (AC inconnue, nom d’hôte, expiration) au lieu de la désactiver.</translation>
    </message>
    <message>
        <source>The client key is readable by its owner only</source>
        <extracomment>HC-CONNECTION-KEY-MODE title</extracomment>
        <translation>La clé client n’est lisible que par son propriétaire</translation>
    </message>
    <message>
        <source>For a TLS connection with a client certificate, fails when the client key file (its target, for a symlink) grants any permission to its group or to others (mode bits outside 0600, compared as a mask), as stat(2) saw it when the snapshot was taken.</source>
        <extracomment>HC-CONNECTION-KEY-MODE description</extracomment>
        <translation>Pour une connexion TLS avec certificat client, échoue lorsque le fichier de la clé client (sa cible, s’il s’agit d’un lien symbolique) accorde une permission quelconque à son groupe ou aux autres (bits de mode hors de 0600, comparés comme masque), tel que stat(2) l’a vu lors de la prise de l’instantané.</translation>
    </message>
    <message>
        <source>The client key is the credential for the daemon, and the daemon is root on its host: whoever can read the key can start a privileged container there.</source>
        <extracomment>HC-CONNECTION-KEY-MODE rationale</extracomment>
        <translation>La clé client est l’identifiant d’accès au démon, et le démon équivaut à root sur son hôte : quiconque peut lire la clé peut y lancer un conteneur privilégié.</translation>
    </message>
    <message>
        <source>Make the key readable by its owner only: chmod 600 {value} (the docker CLI&apos;s own key files are 0600 as well), and replace the certificate and key if others may have copied it.</source>
        <extracomment>HC-CONNECTION-KEY-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Rendez la clé lisible par son seul propriétaire : chmod 600 {value} (les fichiers de clés de la CLI docker sont eux aussi en 0600), et remplacez le certificat et la clé si d’autres ont pu la copier.</translation>
    </message>
    <message>
        <source>The client certificate is valid and not about to expire</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY title</extracomment>
        <translation>Le certificat client est valide et n’est pas sur le point d’expirer</translation>
    </message>
    <message>
        <source>For a TLS connection with a client certificate, fails when the certificate had expired or was not valid yet when the snapshot was taken, and warns when it expires within 30 days.</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY description</extracomment>
        <translation>Pour une connexion TLS avec certificat client, échoue lorsque le certificat avait expiré ou n’était pas encore valide lors de la prise de l’instantané, et avertit lorsqu’il expire dans les 30 jours.</translation>
    </message>
    <message>
        <source>A daemon with --tlsverify refuses an expired client certificate, so the scans stop; renewing in time avoids the outage and the temptation to switch verification off.</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY rationale</extracomment>
        <translation>Un démon avec --tlsverify refuse un certificat client expiré, et les analyses s’arrêtent ; renouveler à temps évite l’interruption et la tentation de désactiver la vérification.</translation>
    </message>
    <message>
        <source>Issue a new client certificate from the CA the daemon trusts and replace {value} (and its key).</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Émettez un nouveau certificat client auprès de l’AC à laquelle le démon fait confiance et remplacez {value} (ainsi que sa clé).</translation>
    </message>
    <message>
        <source>The host&apos;s audit system has rules loaded</source>
        <extracomment>HC-HOST-AUDIT-ENABLED title</extracomment>
        <translation>Le système d’audit de l’hôte a des règles chargées</translation>
    </message>
    <message>
        <source>Checks that the host audits at all: auditctl -l lists loaded rules, or, where auditctl cannot be asked, /etc/audit/audit.rules and /etc/audit/rules.d hold rules. Without an audit system none of the per-path audit rules (CIS 1.1.3 - 1.1.18) can pass; this rule names the cause once.</source>
        <extracomment>HC-HOST-AUDIT-ENABLED description</extracomment>
        <translation>Vérifie que l’hôte effectue un audit : auditctl -l liste des règles chargées ou, lorsque auditctl ne peut pas être interrogé, /etc/audit/audit.rules et /etc/audit/rules.d contiennent des règles. Sans système d’audit, aucune des règles d’audit par chemin (CIS 1.1.3 - 1.1.18) ne peut réussir ; cette règle en indique la cause une seule fois.</translation>
    </message>
    <message>
        <source>An audit trail of the daemon, its runtime and its configuration is what an investigation of a container incident starts from (practice A9).</source>
        <extracomment>HC-HOST-AUDIT-ENABLED rationale</extracomment>
        <translation>Une trace d’audit du démon, de son runtime et de sa configuration est le point de départ de toute enquête sur un incident de conteneur (pratique A9).</translation>
    </message>
    <message>
        <source>Install and enable the Linux audit daemon (Debian/Ubuntu: sudo apt-get install auditd; RHEL: sudo dnf install audit; then sudo systemctl enable --now auditd), add the Docker watches to /etc/audit/rules.d/docker.rules (one &quot;-w PATH -p rwxa -k docker&quot; line per path of the HC-HOST-AUDIT-* rules) and load them with sudo augenrules --load.</source>
        <extracomment>HC-HOST-AUDIT-ENABLED remediation</extracomment>
        <translation>Installez et activez le démon d’audit Linux (Debian/Ubuntu : sudo apt-get install auditd ; RHEL : sudo dnf install audit ; puis sudo systemctl enable --now auditd), ajoutez les surveillances Docker à /etc/audit/rules.d/docker.rules (une ligne « -w PATH -p rwxa -k docker » par chemin des règles HC-HOST-AUDIT-*) et chargez-les avec sudo augenrules --load.</translation>
    </message>
    <message>
        <source>The shared kernel is known and kept patched</source>
        <extracomment>HC-HOST-KERNEL-VERSION title</extracomment>
        <translation>Le noyau partagé est connu et maintenu à jour</translation>
    </message>
    <message>
        <source>Reports the kernel version and operating system the daemon runs on (/info KernelVersion, OperatingSystem), as information: every container shares this kernel, and distributions backport fixes, so the version alone does not tell whether it is patched. Review it against your distribution&apos;s security updates.</source>
        <extracomment>HC-HOST-KERNEL-VERSION description</extracomment>
        <translation>Indique la version du noyau et le système d’exploitation sur lesquels tourne le démon (/info KernelVersion, OperatingSystem), à titre d’information : chaque conteneur partage ce noyau, et les distributions rétroportent des correctifs, si bien que la version seule ne dit pas s’il est à jour. Comparez-la aux mises à jour de sécurité de votre distribution.</translation>
    </message>
    <message>
        <source>A kernel vulnerability is a way out of every container at once (practice A1: patch the engine and the host OS).</source>
        <extracomment>HC-HOST-KERNEL-VERSION rationale</extracomment>
        <translation>Une vulnérabilité du noyau est une porte de sortie de tous les conteneurs à la fois (pratique A1 : maintenir à jour le moteur et l’OS de l’hôte).</translation>
    </message>
    <message>
        <source>Keep the host&apos;s kernel on a maintained series with the distribution&apos;s security updates installed, and reboot (or live-patch) after kernel updates. Kernel: {value}.</source>
        <extracomment>HC-HOST-KERNEL-VERSION remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Maintenez le noyau de l’hôte sur une série maintenue avec les mises à jour de sécurité de la distribution installées, et redémarrez (ou appliquez un live-patch) après les mises à jour du noyau. Noyau : {value}.</translation>
    </message>
    <message>
        <source>Images run as a non-root user by default</source>
        <extracomment>HC-IMAGE-ROOT-USER title</extracomment>
        <translation>Les images s’exécutent par défaut sous un utilisateur non root</translation>
    </message>
    <message>
        <source>Config.User of the image (C2): empty, &quot;0&quot;, &quot;root&quot;, &quot;0:&lt;gid&gt;&quot; or &quot;root:&lt;group&gt;&quot; mean root. The image side of HC-CONTAINER-ROOT-USER (CIS 4.1): it also covers images no container uses yet.</source>
        <extracomment>HC-IMAGE-ROOT-USER description</extracomment>
        <translation>Config.User de l’image (C2) : vide, « 0 », « root », « 0:&lt;gid&gt; » ou « root:&lt;group&gt; » désignent root. Le pendant côté image de HC-CONTAINER-ROOT-USER (CIS 4.1) : couvre aussi les images qu’aucun conteneur n’utilise encore.</translation>
    </message>
    <message>
        <source>Every container started from the image without --user runs as root, and root in a container is root on the host after any escape.</source>
        <extracomment>HC-IMAGE-ROOT-USER rationale</extracomment>
        <translation>Tout conteneur démarré depuis l’image sans --user s’exécute en root, et root dans un conteneur est root sur l’hôte après n’importe quelle évasion.</translation>
    </message>
    <message>
        <source>Add &quot;USER 10001:10001&quot; (a numeric, unprivileged UID) to the Dockerfile of {name}, make the files the process writes owned by it, and rebuild.</source>
        <extracomment>HC-IMAGE-ROOT-USER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ajoutez « USER 10001:10001 » (un UID numérique non privilégié) au Dockerfile de {name}, attribuez-lui les fichiers que le processus écrit, et reconstruisez.</translation>
    </message>
    <message>
        <source>Containers hold no secrets in their environment, labels or command line</source>
        <extracomment>HC-CONTAINER-SECRETS title</extracomment>
        <translation>Les conteneurs ne contiennent aucun secret dans leur environnement, leurs labels ou leur ligne de commande</translation>
    </message>
    <message>
        <source>Secret-looking names (PASSWORD, TOKEN, API_KEY, SECRET, CREDENTIALS, ...) with a value, and secret-looking values under any name (private keys, AWS access key ids, known token formats, credentials in URLs, long random tokens), in the container&apos;s Config.Env (marked when inherited from the image), its labels, and flags such as --password on its command line (B3). The evidence names the key and where, never the value.</source>
        <extracomment>HC-CONTAINER-SECRETS description</extracomment>
        <translation>Noms ressemblant à des secrets (PASSWORD, TOKEN, API_KEY, SECRET, CREDENTIALS, ...) avec une valeur, et valeurs ressemblant à des secrets sous n’importe quel nom (clés privées, identifiants de clés d’accès AWS, formats de jetons connus, identifiants dans des URL, longs jetons aléatoires), dans le Config.Env du conteneur (marqué lorsqu’il est hérité de l’image), ses labels, et des options comme --password sur sa ligne de commande (B3). Les preuves indiquent la clé et son emplacement, jamais la valeur.</translation>
    </message>
    <message>
        <source>A container&apos;s environment and labels are readable by everyone who can inspect it or reach the daemon, are copied into logs, crash reports and snapshots, and outlive the container&apos;s purpose.</source>
        <extracomment>HC-CONTAINER-SECRETS rationale</extracomment>
        <translation>L’environnement et les labels d’un conteneur sont lisibles par quiconque peut l’inspecter ou atteindre le démon, sont copiés dans les journaux, les rapports de plantage et les instantanés, et survivent à la raison d’être du conteneur.</translation>
    </message>
    <message>
        <source>Recreate {name} without {value} in its environment: use &quot;docker secret&quot; (swarm), a secret file mounted read-only (&quot;-v /run/secrets/db:/run/secrets/db:ro&quot; with DB_PASSWORD_FILE), or the orchestrator&apos;s secret store, then rotate the exposed secrets.</source>
        <extracomment>HC-CONTAINER-SECRETS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans {value} dans son environnement : utilisez « docker secret » (swarm), un fichier de secret monté en lecture seule (« -v /run/secrets/db:/run/secrets/db:ro » avec DB_PASSWORD_FILE) ou le coffre de secrets de l’orchestrateur, puis renouvelez les secrets exposés.</translation>
    </message>
    <message>
        <source>Images are minimal</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS title</extracomment>
        <translation>Les images sont minimales</translation>
    </message>
    <message>
        <source>The image&apos;s size and layer count against the policy&apos;s maxImageSizeBytes (1 GiB) and maxLayers (50), with the package managers its build used as evidence (B2).</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS description</extracomment>
        <translation>Compare la taille et le nombre de couches de l’image aux maxImageSizeBytes (1 Gio) et maxLayers (50) de la politique, avec comme preuves les gestionnaires de paquets utilisés par son build (B2).</translation>
    </message>
    <message>
        <source>Large images with many layers usually carry shells, package managers and libraries the service never uses: more vulnerabilities to patch and more tools for an intruder.</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS rationale</extracomment>
        <translation>Les images volumineuses à nombreuses couches embarquent généralement des shells, des gestionnaires de paquets et des bibliothèques que le service n’utilise jamais : plus de vulnérabilités à corriger et plus d’outils pour un intrus.</translation>
    </message>
    <message>
        <source>Rebuild {name} ({value}) from a minimal base (distroless, alpine, or &quot;scratch&quot; for static binaries) with a multi-stage build, and merge RUN steps that install and clean up.</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Reconstruisez {name} ({value}) à partir d’une base minimale (distroless, alpine, ou « scratch » pour les binaires statiques) avec un build multi-étapes, et fusionnez les étapes RUN qui installent et nettoient.</translation>
    </message>
    <message>
        <source>Containers do not bridge networks</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK title</extracomment>
        <translation>Les conteneurs ne font pas le pont entre plusieurs réseaux</translation>
    </message>
    <message>
        <source>The container is attached to several networks, at least one of them not internal (A6).</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK description</extracomment>
        <translation>Le conteneur est relié à plusieurs réseaux, dont au moins un n’est pas interne (A6).</translation>
    </message>
    <message>
        <source>A container on two networks connects them: whoever takes it over reaches both, which undoes the separation the networks were made for.</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK rationale</extracomment>
        <translation>Un conteneur présent sur deux réseaux les relie : quiconque en prend le contrôle atteint les deux, ce qui annule la séparation pour laquelle les réseaux ont été créés.</translation>
    </message>
    <message>
        <source>Review whether {name} must join every one of {value}; disconnect the others with &quot;docker network disconnect NETWORK {name}&quot;, and make back-end networks internal (&quot;docker network create --internal&quot;).</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Vérifiez si {name} doit rejoindre chacun des réseaux {value} ; déconnectez les autres avec « docker network disconnect NETWORK {name} », et rendez les réseaux back-end internes (« docker network create --internal »).</translation>
    </message>
    <message>
        <source>Containers are not killed for lack of memory or restarting repeatedly</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS title</extracomment>
        <translation>Les conteneurs ne sont pas tués faute de mémoire et ne redémarrent pas en boucle</translation>
    </message>
    <message>
        <source>State.OOMKilled, a RestartCount above 5 or a container caught restarting (C1), in every state.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS description</extracomment>
        <translation>State.OOMKilled, un RestartCount supérieur à 5 ou un conteneur surpris en train de redémarrer (C1), dans tous les états.</translation>
    </message>
    <message>
        <source>A container that the kernel kills for memory, or that keeps restarting, is failing; it also hides attacks and loses logs and state.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS rationale</extracomment>
        <translation>Un conteneur que le noyau tue faute de mémoire, ou qui ne cesse de redémarrer, est défaillant ; cela masque aussi les attaques et fait perdre journaux et état.</translation>
    </message>
    <message>
        <source>Look at &quot;docker logs {name}&quot; and &quot;docker inspect --format &apos;{{json .State}}&apos; {name}&quot; (restarted {value} times); raise the memory limit with &quot;docker update --memory ... {name}&quot; if the workload needs it, or fix the cause.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Consultez « docker logs {name} » et « docker inspect --format &apos;{{json .State}}&apos; {name} » (redémarré {value} fois) ; augmentez la limite de mémoire avec « docker update --memory ... {name} » si la charge de travail le nécessite, ou corrigez la cause.</translation>
    </message>
    <message>
        <source>Running containers have not drifted from their image</source>
        <extracomment>HC-CONTAINER-DRIFT title</extracomment>
        <translation>Les conteneurs en cours d’exécution n’ont pas dérivé de leur image</translation>
    </message>
    <message>
        <source>Files added, changed or deleted in a running container&apos;s root filesystem against its image (GET /containers/{id}/changes; A9, C2). Containers with a read-only root filesystem pass; others are skipped while the snapshot does not hold the changes.</source>
        <extracomment>HC-CONTAINER-DRIFT description</extracomment>
        <translation>Fichiers ajoutés, modifiés ou supprimés dans le système de fichiers racine d’un conteneur en cours d’exécution par rapport à son image (GET /containers/{id}/changes ; A9, C2). Les conteneurs dont le système de fichiers racine est en lecture seule réussissent ; les autres sont ignorés tant que l’instantané ne contient pas les modifications.</translation>
    </message>
    <message>
        <source>A container should be the image it was started from: changed files are either configuration that belongs in the image or a volume, or an intruder&apos;s work.</source>
        <extracomment>HC-CONTAINER-DRIFT rationale</extracomment>
        <translation>Un conteneur doit rester l’image à partir de laquelle il a été démarré : les fichiers modifiés sont soit de la configuration qui a sa place dans l’image ou dans un volume, soit l’œuvre d’un intrus.</translation>
    </message>
    <message>
        <source>Review &quot;docker diff {name}&quot; ({value} changed paths). Move legitimate changes into the image of {image} or a volume, recreate the container from its image, and run it with &quot;--read-only&quot;.</source>
        <extracomment>HC-CONTAINER-DRIFT remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Examinez « docker diff {name} » ({value} chemins modifiés). Déplacez les modifications légitimes dans l’image de {image} ou dans un volume, recréez le conteneur à partir de son image et exécutez-le avec « --read-only ».</translation>
    </message>
    <message>
        <source>Container logging is not switched off</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER title</extracomment>
        <translation>La journalisation des conteneurs n’est pas désactivée</translation>
    </message>
    <message>
        <source>HostConfig.LogConfig.Type is &quot;none&quot; (A9): the container&apos;s output is not kept anywhere.</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER description</extracomment>
        <translation>HostConfig.LogConfig.Type vaut « none » (A9) : la sortie du conteneur n’est conservée nulle part.</translation>
    </message>
    <message>
        <source>Without logs there is no trail to investigate an incident or an attack.</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER rationale</extracomment>
        <translation>Sans journaux, il n’existe aucune trace pour enquêter sur un incident ou une attaque.</translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--log-driver none&quot;; use the daemon&apos;s default driver or a remote one (&quot;--log-driver journald&quot;, &quot;syslog&quot;, &quot;fluentd&quot;).</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} sans « --log-driver none » ; utilisez le pilote par défaut du démon ou un pilote distant (« --log-driver journald », « syslog », « fluentd »).</translation>
    </message>
    <message>
        <source>Containers carry the required labels</source>
        <extracomment>HC-CONTAINER-LABELS title</extracomment>
        <translation>Les conteneurs portent les labels requis</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on the container&apos;s Config.Labels (C4). Skipped when the policy requires none.</source>
        <extracomment>HC-CONTAINER-LABELS description</extracomment>
        <translation>Les requiredLabels de la politique, appliqués aux Config.Labels du conteneur (C4). Ignoré lorsque la politique n’en exige aucun.</translation>
    </message>
    <message>
        <source>Ownership and source labels tell who runs a container and where it comes from, which is what an incident responder or an audit asks first.</source>
        <extracomment>HC-CONTAINER-LABELS rationale</extracomment>
        <translation>Les labels de propriétaire et de provenance indiquent qui exploite un conteneur et d’où il vient, ce que demandent en premier un intervenant sur incident ou un audit.</translation>
    </message>
    <message>
        <source>Recreate {name} with the missing labels: &quot;docker run --label {value}=... ...&quot; (labels cannot be changed on an existing container), or add them to the image with LABEL.</source>
        <extracomment>HC-CONTAINER-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Recréez {name} avec les labels manquants : « docker run --label {value}=... ... » (les labels ne peuvent pas être modifiés sur un conteneur existant), ou ajoutez-les à l’image avec LABEL.</translation>
    </message>
    <message>
        <source>Images carry the required labels</source>
        <extracomment>HC-IMAGE-LABELS title</extracomment>
        <translation>Les images portent les labels requis</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on the image&apos;s Config.Labels (C4), for example org.opencontainers.image.source. Skipped when the policy requires none.</source>
        <extracomment>HC-IMAGE-LABELS description</extracomment>
        <translation>Les requiredLabels de la politique, appliqués aux Config.Labels de l’image (C4), par exemple org.opencontainers.image.source. Ignoré lorsque la politique n’en exige aucun.</translation>
    </message>
    <message>
        <source>An image without source and ownership labels cannot be traced back to its code and its maintainers.</source>
        <extracomment>HC-IMAGE-LABELS rationale</extracomment>
        <translation>Une image sans labels de provenance et de propriétaire ne peut pas être rattachée à son code et à ses mainteneurs.</translation>
    </message>
    <message>
        <source>Add &quot;LABEL {value}=...&quot; to the Dockerfile of {name} (or &quot;docker build --label ...&quot;) and rebuild.</source>
        <extracomment>HC-IMAGE-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Ajoutez « LABEL {value}=... » au Dockerfile de {name} (ou « docker build --label ... ») et reconstruisez.</translation>
    </message>
    <message>
        <source>Networks carry the required labels</source>
        <extracomment>HC-NETWORK-LABELS title</extracomment>
        <translation>Les réseaux portent les labels requis</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on user-defined networks (C4); the predefined bridge, host and none networks cannot carry labels and are not evaluated. Skipped when the policy requires none.</source>
        <extracomment>HC-NETWORK-LABELS description</extracomment>
        <translation>Les requiredLabels de la politique, appliqués aux réseaux définis par l’utilisateur (C4) ; les réseaux prédéfinis bridge, host et none ne peuvent pas porter de labels et ne sont pas évalués. Ignoré lorsque la politique n’en exige aucun.</translation>
    </message>
    <message>
        <source>Labels tell who owns a network and what it connects.</source>
        <extracomment>HC-NETWORK-LABELS rationale</extracomment>
        <translation>Les labels indiquent à qui appartient un réseau et ce qu’il relie.</translation>
    </message>
    <message>
        <source>Networks cannot be relabelled: create a new one with &quot;docker network create --label {value}=... NAME&quot;, move the containers to it and remove {name}.</source>
        <extracomment>HC-NETWORK-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Les labels d’un réseau ne peuvent pas être modifiés : créez-en un nouveau avec « docker network create --label {value}=... NAME », déplacez-y les conteneurs et supprimez {name}.</translation>
    </message>
    <message>
        <source>Volumes carry the required labels</source>
        <extracomment>HC-VOLUME-LABELS title</extracomment>
        <translation>Les volumes portent les labels requis</translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on volumes (C4). Skipped when the policy requires none.</source>
        <extracomment>HC-VOLUME-LABELS description</extracomment>
        <translation>Les requiredLabels de la politique, appliqués aux volumes (C4). Ignoré lorsque la politique n’en exige aucun.</translation>
    </message>
    <message>
        <source>Labels tell who owns the data in a volume and whether it may be deleted.</source>
        <extracomment>HC-VOLUME-LABELS rationale</extracomment>
        <translation>Les labels indiquent à qui appartiennent les données d’un volume et si elles peuvent être supprimées.</translation>
    </message>
    <message>
        <source>Volumes cannot be relabelled: create a new one with &quot;docker volume create --label {value}=... NAME&quot;, copy the data from {name} and switch the containers to it.</source>
        <extracomment>HC-VOLUME-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation>Les labels d’un volume ne peuvent pas être modifiés : créez-en un nouveau avec « docker volume create --label {value}=... NAME », copiez-y les données de {name} et basculez les conteneurs dessus.</translation>
    </message>
    <message>
        <source>Checks that the CA certificate the daemon uses to verify clients (--tlscacert or &quot;tlscacert&quot; in daemon.json; ~/.docker/ca.pem by default when TLS is on) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CA-OWNER description</extracomment>
        <translation>Vérifie que le certificat d’AC utilisé par le démon pour vérifier les clients (--tlscacert ou &quot;tlscacert&quot; dans daemon.json ; ~/.docker/ca.pem par défaut lorsque TLS est activé) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0). Ignoré si le démon n’utilise pas TLS.</translation>
    </message>
    <message>
        <source>Checks that the CA certificate the daemon uses to verify clients has no permission bit outside 0444. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CA-MODE description</extracomment>
        <translation>Vérifie que le certificat d’AC utilisé par le démon pour vérifier les clients n’a aucun bit de permission hors de 0444. Ignoré si le démon n’utilise pas TLS.</translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s server certificate (--tlscert or &quot;tlscert&quot; in daemon.json) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER description</extracomment>
        <translation>Vérifie que le certificat serveur du démon (--tlscert ou &quot;tlscert&quot; dans daemon.json) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0). Ignoré si le démon n’utilise pas TLS.</translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s server certificate has no permission bit outside 0444. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CERT-MODE description</extracomment>
        <translation>Vérifie que le certificat serveur du démon n’a aucun bit de permission hors de 0444. Ignoré si le démon n’utilise pas TLS.</translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s private key (--tlskey or &quot;tlskey&quot; in daemon.json) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER description</extracomment>
        <translation>Vérifie que la clé privée du démon (--tlskey ou &quot;tlskey&quot; dans daemon.json) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0). Ignoré si le démon n’utilise pas TLS.</translation>
    </message>
    <message>
        <source>Checks that the daemon.json the daemon reads (--config-file, else /etc/docker/daemon.json; the reference tool only checks the default) is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER description</extracomment>
        <translation>Vérifie que le daemon.json lu par le démon (--config-file, sinon /etc/docker/daemon.json ; l’outil de référence ne contrôle que l’emplacement par défaut) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0). Ignoré s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Checks that the daemon.json the daemon reads has no permission bit outside 0644, compared as a bit mask (0602 and 0466, which the reference tool passes as numbers below 644, fail). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE description</extracomment>
        <translation>Vérifie que le daemon.json lu par le démon n’a aucun bit de permission hors de 0644, en tant que masque de bits (0602 et 0466, que l’outil de référence accepte comme nombres inférieurs à 644, échouent). Ignoré s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Checks that /etc/default/docker (extra daemon options on Debian-based hosts) is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-OWNER description</extracomment>
        <translation>Vérifie que /etc/default/docker (options supplémentaires du démon sur les hôtes de type Debian) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0). Ignoré s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Checks that /etc/default/docker has no permission bit outside 0644. Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE description</extracomment>
        <translation>Vérifie que /etc/default/docker n’a aucun bit de permission hors de 0644. Ignoré s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Checks that /etc/sysconfig/docker (extra daemon options on Red Hat-based hosts) has no permission bit outside 0644. Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-MODE description</extracomment>
        <translation>Vérifie que /etc/sysconfig/docker (options supplémentaires du démon sur les hôtes de type Red Hat) n’a aucun bit de permission hors de 0644. Ignoré s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Checks that /etc/sysconfig/docker is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-OWNER description</extracomment>
        <translation>Vérifie que /etc/sysconfig/docker appartient à l’utilisateur root (uid 0) et au groupe root (gid 0). Ignoré s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Checks that the containerd socket the daemon really uses: --containerd, else the system containerd&apos;s /run/containerd/containerd.sock, else the one dockerd started under its exec-root (Debian&apos;s docker.io), which the reference tool never finds, is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER description</extracomment>
        <translation>Vérifie que le socket containerd réellement utilisé par le démon (--containerd, sinon /run/containerd/containerd.sock du containerd système, sinon celui lancé par dockerd sous son exec-root (docker.io de Debian), que l’outil de référence ne trouve jamais) appartient à l’utilisateur root (uid 0) et au groupe root (gid 0).</translation>
    </message>
    <message>
        <source>Checks that the containerd socket the daemon really uses has no permission bit outside 0660, compared as a bit mask.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE description</extracomment>
        <translation>Vérifie que le socket containerd réellement utilisé par le démon n’a aucun bit de permission hors de 0660, en tant que masque de bits.</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Docker Daemon</source>
        <translation>Se connecter à un démon Docker</translation>
    </message>
    <message>
        <source>From &amp;environment (DOCKER_HOST / current context)</source>
        <translation>Depuis l’&amp;environnement (DOCKER_HOST / contexte actuel)</translation>
    </message>
    <message>
        <source>Docker &amp;context</source>
        <translation>&amp;Contexte Docker</translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation>Contexte Docker</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Hôte Docker</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>unix:///var/run/docker.sock ou tcp://hôte:2376</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Utiliser &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Verify server certificate</source>
        <translation>&amp;Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>The daemon&apos;s identity will not be checked</source>
        <translation>L’identité du démon ne sera pas contrôlée</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <source>Default: %1/ca.pem</source>
        <extracomment>%1 is a directory</extracomment>
        <translation>Par défaut : %1/ca.pem</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Default: %1/cert.pem if present</source>
        <translation>Par défaut : %1/cert.pem s’il existe</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Default: %1/key.pem if present</source>
        <translation>Par défaut : %1/key.pem s’il existe</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat de l’AC :</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Currently %1, from %2</source>
        <extracomment>%1 is an endpoint description, %2 where it came from (DOCKER_HOST, a context, default)</extracomment>
        <translation>Actuellement %1, depuis %2</translation>
    </message>
    <message>
        <source>default — DOCKER_HOST or %1</source>
        <extracomment>the docker CLI&apos;s built-in context: DOCKER_HOST or the default socket</extracomment>
        <translation>par défaut — DOCKER_HOST ou %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a docker context name, %2 its daemon address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the daemon&apos;s address, for example unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation>Saisissez l’adresse du démon, par exemple unix:///var/run/docker.sock ou tcp://hôte:2376.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nouveau profil)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is an endpoint such as unix:///var/run/docker.sock</extracomment>
        <translation>Contact de %1…</translation>
    </message>
    <message>
        <source>Connected to %1: Docker Engine %2, API %3 (daemon supports up to %4).</source>
        <extracomment>%1 daemon name, %2 engine version, %3 API version used, %4 the daemon&apos;s highest API version</extracomment>
        <translation>Connecté à %1 : Docker Engine %2, API %3 (le démon prend en charge jusqu’à %4).</translation>
    </message>
    <message>
        <source>Plain TCP: the traffic is not encrypted and the daemon&apos;s identity is not checked. Use TLS, or a unix socket.</source>
        <translation>TCP simple : le trafic n’est pas chiffré et l’identité du démon n’est pas contrôlée. Utilisez TLS, ou un socket unix.</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ContainersModel</name>
    <message>
        <source>Started: %1</source>
        <translation>Démarré : %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>Killed for running out of memory</source>
        <translation>Tué par manque de mémoire</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Running (healthy)</source>
        <translation>En cours (sain)</translation>
    </message>
    <message>
        <source>Running (unhealthy)</source>
        <translation>En cours (défaillant)</translation>
    </message>
    <message>
        <source>Running (health: starting)</source>
        <translation>En cours (santé : démarrage)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mort</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <extracomment>%1 is the exit code of the container&apos;s main process</extracomment>
        <translation>Arrêté (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Include &amp;passed results</source>
        <translation>Inclure les résultats &amp;réussis</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Taille de page :</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>HTML page (self-contained)</source>
        <translation>Page HTML (autonome)</translation>
    </message>
    <message>
        <source>JSON report (hullcheck-report/1)</source>
        <translation>Rapport JSON (hullcheck-report/1)</translation>
    </message>
    <message>
        <source>CSV, one row per result</source>
        <translation>CSV, une ligne par résultat</translation>
    </message>
    <message>
        <source>SARIF 2.1.0</source>
        <translation>SARIF 2.1.0</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>XML JUnit</translation>
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
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FilePathEdit</name>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FindingsModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>CIS</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FindingsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Problems only</source>
        <extracomment>status filter: fail and warn results</extracomment>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Déroger…</translation>
    </message>
    <message>
        <source>Filter results…</source>
        <translation>Filtrer les résultats…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>Group by CIS section</source>
        <translation>Grouper par section CIS</translation>
    </message>
    <message>
        <source>Group by object</source>
        <translation>Grouper par objet</translation>
    </message>
    <message>
        <source>Accept this result: add a waiver to the policy file</source>
        <translation>Accepter ce résultat : ajouter une dérogation au fichier de politique</translation>
    </message>
    <message>
        <source>Select a result to see its evidence, rationale and remediation.</source>
        <translation>Sélectionnez un résultat pour voir ses preuves, sa justification et sa correction.</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation>Détails du résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 sur %n affiché</numerusform>
            <numerusform>%1 sur %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Repair this result: change the container now, or get the command or file that fixes it</source>
        <translation>Corriger ce résultat : modifier le conteneur maintenant, ou obtenir la commande ou le fichier qui le corrige</translation>
    </message>
    <message>
        <source>The selected results belong to different rules (%1): select results of one rule to fix them together.</source>
        <extracomment>%1 the rule ids of the selection</extracomment>
        <translation>Les résultats sélectionnés relèvent de règles différentes (%1) : sélectionnez les résultats d’une seule règle pour les corriger ensemble.</translation>
    </message>
    <message>
        <source>This result has nothing to fix: it passes, or no fix is known for it.</source>
        <translation>Rien à corriger pour ce résultat : il est réussi, ou aucune correction n’est connue pour lui.</translation>
    </message>
    <message>
        <source>Some selected results have nothing to fix (they pass, or no fix is known): select only the failing ones.</source>
        <translation>Certains résultats sélectionnés n’ont rien à corriger (ils sont réussis, ou aucune correction n’est connue) : sélectionnez uniquement ceux en échec.</translation>
    </message>
    <message numerus="yes">
        <source>Repair the %n selected results together: one change for every object</source>
        <translation>
            <numerusform>Corriger ensemble %n résultat sélectionné : une modification pour chaque objet</numerusform>
            <numerusform>Corriger ensemble les %n résultats sélectionnés : une modification pour chaque objet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FixDialog</name>
    <message>
        <source>docker run command</source>
        <translation>Commande docker run</translation>
    </message>
    <message>
        <source>Compose service</source>
        <translation>Service Compose</translation>
    </message>
    <message>
        <source>daemon.json patch</source>
        <translation>Correctif pour daemon.json</translation>
    </message>
    <message>
        <source>Shell commands</source>
        <translation>Commandes shell</translation>
    </message>
    <message>
        <source>Dockerfile lines</source>
        <translation>Lignes de Dockerfile</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Fix Result</source>
        <translation>Corriger le résultat</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>API change</source>
        <translation>Modification via l’API</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation>Limite de &amp;mémoire :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>CPU &amp;shares:</source>
        <translation>&amp;Parts CPU :</translation>
    </message>
    <message>
        <source>&amp;PIDs limit:</source>
        <translation>Limite de &amp;PIDs :</translation>
    </message>
    <message>
        <source>&amp;Restart retries:</source>
        <translation>Tentatives de &amp;redémarrage :</translation>
    </message>
    <message>
        <source>API change:</source>
        <translation>Modification via l’API :</translation>
    </message>
    <message>
        <source>Equivalent command:</source>
        <translation>Commande équivalente :</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
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
        <translation>Modifier maintenant le conteneur en cours d’exécution %1 ?

%2

Cela équivaut à :
%3</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Save Fix</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>a resource limit that is not set</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <extracomment>%1 a number of CPUs, e.g. 1.5</extracomment>
        <translation>%1 CPU</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n Results</source>
        <translation>
            <numerusform>Corriger %n résultat</numerusform>
            <numerusform>Corriger %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;Processeurs :</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Objects to change</source>
        <translation>Objets à modifier</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objets :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n objects</source>
        <extracomment>%1 the fix (e.g. &quot;Limit memory to 512m&quot;), %n the number of objects</extracomment>
        <translation>
            <numerusform>%1 — %n objet</numerusform>
            <numerusform>%1 — %n objets</numerusform>
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
            <numerusform>%1 pour %n objet</numerusform>
            <numerusform>%1 pour %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n running containers now?

%1

This is the same as:
%2</source>
        <extracomment>%n the number of containers, %1 the change (e.g. &quot;Limit memory to 512m&quot;), %2 the docker update commands</extracomment>
        <translation>
            <numerusform>Modifier maintenant %n conteneur en cours d’exécution ?

%1

Cela équivaut à :
%2</numerusform>
            <numerusform>Modifier maintenant les %n conteneurs en cours d’exécution ?

%1

Cela équivaut à :
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <extracomment>%1 the rule&apos;s new status after the rescan (Pass, Fail, ...)</extracomment>
        <translation>Appliqué : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n object(s); the results are scanned again.</source>
        <translation>
            <numerusform>Appliqué à %n objet ; les résultats sont de nouveau analysés.</numerusform>
            <numerusform>Appliqué à %n objets ; les résultats sont de nouveau analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1 of %2 objects.
%3</source>
        <extracomment>%1 how many were changed, %2 how many were tried, %3 the daemon&apos;s messages, one per line</extracomment>
        <translation>Appliqué à %1 objets sur %2.
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Contrôle de santé</translation>
    </message>
    <message>
        <source>&lt;none&gt;</source>
        <translation>&lt;aucun&gt;</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::InventoryModel</name>
    <message>
        <source>%1 fail</source>
        <extracomment>count of fail results of one object, as in &quot;2 fail · 3 warn&quot;</extracomment>
        <translation>%1 échec</translation>
    </message>
    <message>
        <source>%1 warn</source>
        <extracomment>count of warn results of one object, as in &quot;2 fail · 3 warn&quot;</extracomment>
        <translation>%1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), worst: %1</source>
        <extracomment>%1 the worst status of the object&apos;s results</extracomment>
        <translation>
            <numerusform>%n résultat, le pire : %1</numerusform>
            <numerusform>%n résultats, le pire : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::InventoryPage</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Benchmark results of the selected object</source>
        <translation>Résultats du benchmark de l’objet sélectionné</translation>
    </message>
    <message>
        <source>Select a row to see its inspect data. Environment values are redacted.</source>
        <translation>Sélectionnez une ligne pour voir ses données d’inspection. Les valeurs d’environnement sont caviardées.</translation>
    </message>
    <message>
        <source>Inspect data</source>
        <translation>Données d’inspection</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 sur %n affiché</numerusform>
            <numerusform>%1 sur %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d’environnement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Environment of the selected object</source>
        <translation>Environnement de l’objet sélectionné</translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation>&amp;Révéler la valeur</translation>
    </message>
    <message>
        <source>Show the selected variables&apos; values here until another object is selected</source>
        <translation>Afficher ici les valeurs des variables sélectionnées jusqu’à la sélection d’un autre objet</translation>
    </message>
    <message>
        <source>Reveal &amp;All Values</source>
        <translation>Révéler &amp;toutes les valeurs</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>•••••• (hidden)</source>
        <extracomment>stands for a hidden environment value</extracomment>
        <translation>•••••• (masquée)</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::LabelsModel</name>
    <message>
        <source>container %1</source>
        <extracomment>a label&apos;s carrier in the Labels table: %1 a container name</extracomment>
        <translation>conteneur %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <extracomment>%1 an image tag or short id</extracomment>
        <translation>image %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>%1 a network name</extracomment>
        <translation>réseau %1</translation>
    </message>
    <message>
        <source>volume %1</source>
        <extracomment>%1 a volume name</extracomment>
        <translation>volume %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>a label the policy requires, which some objects lack</extracomment>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>a label the policy requires, carried by these objects</extracomment>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>a label the policy does not ask for</extracomment>
        <translation>Label</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>The policy requires the label %1; these objects do not carry it.</source>
        <extracomment>%1 a label key</extracomment>
        <translation>La politique exige le label %1 ; ces objets ne le portent pas.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Carried by / missing on</source>
        <translation>Porté par / manquant sur</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::LabelsPage</name>
    <message>
        <source>&amp;Missing required labels only</source>
        <translation>Seulement les labels requis &amp;manquants</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Select a label to list the objects that carry it, or miss it.</source>
        <translation>Sélectionnez un label pour lister les objets qui le portent, ou qui en manquent.</translation>
    </message>
    <message>
        <source>Objects of the selected label</source>
        <translation>Objets du label sélectionné</translation>
    </message>
    <message>
        <source>Objects without the required label %1:</source>
        <extracomment>%1 a label key, %2 its value</extracomment>
        <translation>Objets sans le label requis %1 :</translation>
    </message>
    <message>
        <source>Objects labelled %1=%2:</source>
        <translation>Objets avec le label %1=%2 :</translation>
    </message>
    <message>
        <source>The policy requires no labels</source>
        <translation>La politique n’exige aucun label</translation>
    </message>
    <message numerus="yes">
        <source>Required: %1 · %n missing</source>
        <extracomment>%1 the label keys the policy requires, %2 how many of them some objects lack</extracomment>
        <translation>
            <numerusform>Requis : %1 · %n manquant</numerusform>
            <numerusform>Requis : %1 · %n manquants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::MainWindow</name>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>&amp;Enregistrer l’instantané…</translation>
    </message>
    <message>
        <source>Save the shown snapshot, readable only by you</source>
        <translation>Enregistrer l’instantané affiché, lisible par vous seul</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Write the results as PDF, HTML, JSON, CSV, SARIF, JUnit or Markdown</source>
        <translation>Écrire les résultats en PDF, HTML, JSON, CSV, SARIF, JUnit ou Markdown</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Hullcheck</source>
        <translation>Quitter Hullcheck</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Choose the Docker daemon to scan</source>
        <translation>Choisir le démon Docker à analyser</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <source>Collect a fresh snapshot from the daemon</source>
        <translation>Collecter un nouvel instantané du démon</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the running collection</source>
        <translation>Arrêter la collecte en cours</translation>
    </message>
    <message>
        <source>Choose &amp;Policy…</source>
        <translation>Choisir la &amp;politique…</translation>
    </message>
    <message>
        <source>Choose the policy file (waivers, thresholds) the benchmark uses</source>
        <translation>Choisir le fichier de politique (dérogations, seuils) utilisé par le benchmark</translation>
    </message>
    <message>
        <source>Use &amp;No Policy</source>
        <translation>&amp;Aucune politique</translation>
    </message>
    <message>
        <source>Run every rule with its defaults</source>
        <translation>Exécuter chaque règle avec ses valeurs par défaut</translation>
    </message>
    <message>
        <source>Open &amp;Demo Snapshot</source>
        <translation>Ouvrir l’instantané de &amp;démonstration</translation>
    </message>
    <message>
        <source>Show a snapshot of a sample daemon that comes with Hullcheck</source>
        <translation>Afficher l’instantané d’un démon d’exemple fourni avec Hullcheck</translation>
    </message>
    <message>
        <source>&amp;About Hullcheck</source>
        <translation>&amp;À propos de Hullcheck</translation>
    </message>
    <message>
        <source>Show Hullcheck&apos;s version</source>
        <translation>Afficher la version de Hullcheck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>&amp;Démon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>En ouvrir un autre…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export Elsewhere…</source>
        <translation>Exporter ailleurs…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Collected %n container(s) in %1</source>
        <extracomment>%1 is a duration such as &quot;1.2 s&quot;</extracomment>
        <translation>
            <numerusform>%n conteneur collecté en %1</numerusform>
            <numerusform>%n conteneurs collectés en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Still showing the snapshot collected %2.</source>
        <extracomment>%1 is the reason the collection failed, %2 when the data still shown was collected</extracomment>
        <translation>%1
L’instantané collecté le %2 reste affiché.</translation>
    </message>
    <message>
        <source>Open Demo Snapshot</source>
        <translation>Ouvrir l’instantané de démonstration</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Choose Policy…</source>
        <translation>Choisir la politique…</translation>
    </message>
    <message>
        <source>Choose Policy</source>
        <translation>Choisir la politique</translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml)</source>
        <translation>Fichiers de politique (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create Policy File</source>
        <translation>Créer le fichier de politique</translation>
    </message>
    <message>
        <source>Waiver added to %1</source>
        <translation>Dérogation ajoutée à %1</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>progress in the status bar: %1 is a stage such as &quot;Inspecting containers&quot;, %2/%3 objects done/total</extracomment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Connecting to the daemon</source>
        <translation>Connexion au démon</translation>
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
        <translation>Hullcheck — %1 (instantané du %2)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Daemon &amp;&amp; Host (%1)</source>
        <translation>Démon &amp;&amp; hôte (%1)</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Conteneurs (%1)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Networks (%1)</source>
        <translation>Réseaux (%1)</translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation>Volumes (%1)</translation>
    </message>
    <message>
        <source>This snapshot was collected without verifying the daemon&apos;s identity: its TLS certificate was not checked, so the data may come from an impostor.</source>
        <translation>Cet instantané a été collecté sans vérifier l’identité du démon : son certificat TLS n’a pas été contrôlé, les données peuvent donc venir d’un imposteur.</translation>
    </message>
    <message>
        <source>The daemon&apos;s identity is not verified: its TLS certificate is not checked, so the data shown may come from an impostor. Turn on certificate verification in Connect….</source>
        <translation>L’identité du démon n’est pas vérifiée : son certificat TLS n’est pas contrôlé, les données affichées peuvent donc venir d’un imposteur. Activez la vérification du certificat dans Se connecter….</translation>
    </message>
    <message>
        <source>This snapshot was collected over plain TCP: the connection was neither encrypted nor authenticated, so the data may have been read or altered on the network.</source>
        <translation>Cet instantané a été collecté en TCP simple : la connexion n’était ni chiffrée ni authentifiée, les données ont donc pu être lues ou modifiées sur le réseau.</translation>
    </message>
    <message>
        <source>The connection to the daemon is neither encrypted nor authenticated (plain TCP). Anyone on the network can read or alter the data shown. Use TLS with verification.</source>
        <translation>La connexion au démon n’est ni chiffrée ni authentifiée (TCP simple). N’importe qui sur le réseau peut lire ou modifier les données affichées. Utilisez TLS avec vérification.</translation>
    </message>
    <message>
        <source>Hullcheck snapshots (*.json)</source>
        <translation>Instantanés Hullcheck (*.json)</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Enregistrer l’instantané</translation>
    </message>
    <message>
        <source>Hullcheck %1

A security dashboard for Docker hosts.

Qt %2
%3</source>
        <extracomment>%1 Hullcheck&apos;s version, %2 the Qt version, %3 the HTTP/TLS library versions</extracomment>
        <translation>Hullcheck %1

Un tableau de bord de sécurité pour les hôtes Docker.

Qt %2
%3</translation>
    </message>
    <message>
        <source>About Hullcheck</source>
        <translation>À propos de Hullcheck</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Show a snapshot saved earlier, or the results of a JSON report</source>
        <translation>Afficher un instantané enregistré plus tôt, ou les résultats d’un rapport JSON</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Connect with a saved profile (add profiles in Connect…)</source>
        <translation>Se connecter avec un profil enregistré (ajoutez des profils dans Se connecter…)</translation>
    </message>
    <message>
        <source>This is a report: it holds the benchmark results and the daemon&apos;s identity, but no inventory of objects. Open a snapshot or connect to a daemon to browse them.</source>
        <translation>Ceci est un rapport : il contient les résultats du benchmark et l’identité du démon, mais pas d’inventaire des objets. Ouvrez un instantané ou connectez-vous à un démon pour les parcourir.</translation>
    </message>
    <message>
        <source>Hullcheck — %1 (report on the snapshot from %2)</source>
        <extracomment>%1 is the daemon&apos;s name and engine version, %2 when its snapshot was collected</extracomment>
        <translation>Hullcheck — %1 (rapport sur l’instantané du %2)</translation>
    </message>
    <message>
        <source>Open Snapshot or Report</source>
        <translation>Ouvrir un instantané ou un rapport</translation>
    </message>
    <message>
        <source>Hullcheck snapshots and JSON reports (*.json)</source>
        <translation>Instantanés Hullcheck et rapports JSON (*.json)</translation>
    </message>
    <message>
        <source>Labels (%1 missing)</source>
        <extracomment>%1 how many required labels some objects lack</extracomment>
        <translation>Labels (%1 manquants)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>This snapshot was opened from a file: Hullcheck is not connected to its daemon and cannot change the container. Run this command on a machine that can reach the daemon instead.</source>
        <translation>Cet instantané a été ouvert depuis un fichier : Hullcheck n’est pas connecté à son démon et ne peut pas modifier le conteneur. Exécutez plutôt cette commande sur une machine qui peut joindre le démon.</translation>
    </message>
    <message>
        <source>Hullcheck is not connected to a daemon. Run this command on a machine that can reach it.</source>
        <translation>Hullcheck n’est connecté à aucun démon. Exécutez cette commande sur une machine qui peut le joindre.</translation>
    </message>
    <message>
        <source>Could not fix %1: %2</source>
        <extracomment>%1 the container, %2 the daemon&apos;s message</extracomment>
        <translation>Impossible de corriger %1 : %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 is now %4</source>
        <extracomment>%1 the change, %2 the container, %3 the rule id, %4 its new status (Pass, Fail, ...)</extracomment>
        <translation>%1 sur %2 : %3 a désormais le statut %4</translation>
    </message>
    <message>
        <source>Applying the fix to %1…</source>
        <translation>Application de la correction à %1…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Choisir la langue de l’interface</translation>
    </message>
    <message>
        <source>Fixed %1 of %2 objects</source>
        <translation>%1 objets sur %2 corrigés</translation>
    </message>
    <message numerus="yes">
        <source>Applying the fix to %n objects…</source>
        <translation>
            <numerusform>Application de la correction à %n objet…</numerusform>
            <numerusform>Application de la correction à %n objets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::NetworksModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Sous-réseaux</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::OverviewPage</name>
    <message>
        <source>Not needed (local socket)</source>
        <translation>Inutile (socket local)</translation>
    </message>
    <message>
        <source>Off: plain TCP, unencrypted and unauthenticated</source>
        <translation>Désactivé : TCP simple, non chiffré et non authentifié</translation>
    </message>
    <message>
        <source>On, but the server certificate is NOT verified</source>
        <translation>Activé, mais le certificat du serveur n’est PAS vérifié</translation>
    </message>
    <message>
        <source>On, server certificate verified</source>
        <translation>Activé, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>No failing objects</source>
        <translation>Aucun objet en échec</translation>
    </message>
    <message>
        <source>No data yet. Connect to a Docker daemon or open a saved snapshot.</source>
        <translation>Pas encore de données. Connectez-vous à un démon Docker ou ouvrez un instantané enregistré.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Démon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>Engine version:</source>
        <translation>Version d’Engine :</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Version de l’API :</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d’exploitation :</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Noyau :</translation>
    </message>
    <message>
        <source>Root directory:</source>
        <translation>Répertoire racine :</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point d’accès :</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur :</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Choisi par :</translation>
    </message>
    <message>
        <source>Collected at:</source>
        <translation>Collecté le :</translation>
    </message>
    <message>
        <source>Collection time:</source>
        <translation>Durée de collecte :</translation>
    </message>
    <message>
        <source>Snapshot file:</source>
        <translation>Fichier d’instantané :</translation>
    </message>
    <message>
        <source>Collection warnings</source>
        <translation>Avertissements de collecte</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Fail results by severity:</source>
        <translation>Échecs par gravité :</translation>
    </message>
    <message>
        <source>Results by CIS section and status</source>
        <translation>Résultats par section CIS et statut</translation>
    </message>
    <message>
        <source>Riskiest containers</source>
        <translation>Conteneurs les plus risqués</translation>
    </message>
    <message>
        <source>Riskiest images</source>
        <translation>Images les plus risquées</translation>
    </message>
    <message>
        <source>%1 rules (pack %2)
%3</source>
        <extracomment>under the score: %1 rules run, %2 the rule pack&apos;s version, %3 the policy file or &quot;no policy&quot;</extracomment>
        <translation>%1 règles (paquet %2)
%3</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>aucune politique</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>Docker Engine %1 · %2 · collected %3</source>
        <extracomment>%1 engine version, %2 operating system, %3 date and time</extracomment>
        <translation>Docker Engine %1 · %2 · collecté %3</translation>
    </message>
    <message>
        <source>%1 negotiated, server %2</source>
        <extracomment>%1 the API version Hullcheck used, %2 the newest one the daemon supports</extracomment>
        <translation>%1 négociée, serveur %2</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>No score</source>
        <extracomment>accessible description of the score ring, %1 the score</extracomment>
        <translation>Pas de score</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Score %1 sur 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <extracomment>under the score in the ring: the score is out of 100</extracomment>
        <translation>sur 100</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::SettingsDialog</name>
    <message>
        <source>The new language takes effect after Hullcheck is restarted.</source>
        <translation>La nouvelle langue prendra effet au redémarrage de Hullcheck.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the timeout value (seconds)</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a scan waits for each answer of the daemon before it reports the daemon as not answering. Applies from the next scan.</source>
        <translation>Durée pendant laquelle une analyse attend chaque réponse du démon avant de le signaler comme ne répondant pas. S’applique dès la prochaine analyse.</translation>
    </message>
    <message>
        <source>Daemon &amp;timeout:</source>
        <translation>&amp;Délai du démon :</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::VolumesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::WaiverDialog</name>
    <message>
        <source>Expires after</source>
        <translation>Expire après</translation>
    </message>
    <message>
        <source>Waive Result</source>
        <translation>Déroger au résultat</translation>
    </message>
    <message>
        <source>Accept “%1” (%2). The waiver is added to %3.</source>
        <extracomment>%1 the rule&apos;s title, %2 its id, %3 the policy file</extracomment>
        <translation>Accepter « %1 » (%2). La dérogation est ajoutée à %3.</translation>
    </message>
    <message>
        <source>The object&apos;s name, or a glob such as web-* (* for every object)</source>
        <translation>Le nom de l’objet, ou un motif comme web-* (* pour chaque objet)</translation>
    </message>
    <message>
        <source>Why this is accepted, e.g. a ticket</source>
        <translation>Pourquoi c’est accepté, par ex. un ticket</translation>
    </message>
    <message>
        <source>Who accepted it (optional)</source>
        <translation>Qui l’a accepté (facultatif)</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objets :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Approbateur :</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Déroger</translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::formatting</name>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dérogé</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Démon</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>1 Host configuration</source>
        <translation>1 Configuration de l’hôte</translation>
    </message>
    <message>
        <source>2 Docker daemon configuration</source>
        <translation>2 Configuration du démon Docker</translation>
    </message>
    <message>
        <source>3 Docker daemon configuration files</source>
        <translation>3 Fichiers de configuration du démon Docker</translation>
    </message>
    <message>
        <source>4 Container images and build file</source>
        <translation>4 Images de conteneur et fichier de construction</translation>
    </message>
    <message>
        <source>5 Container runtime</source>
        <translation>5 Exécution des conteneurs</translation>
    </message>
    <message>
        <source>6 Docker security operations</source>
        <translation>6 Opérations de sécurité Docker</translation>
    </message>
    <message>
        <source>7 Docker Swarm configuration</source>
        <translation>7 Configuration de Docker Swarm</translation>
    </message>
    <message>
        <source>Hullcheck practices</source>
        <translation>Pratiques Hullcheck</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security dashboard for Docker hosts.</source>
        <translation>Tableau de bord de sécurité pour les hôtes Docker.</translation>
    </message>
    <message>
        <source>Daemon socket to connect to.</source>
        <translation>Socket du démon auquel se connecter.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation>Contexte Docker à utiliser.</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>Open a saved snapshot instead of connecting to a daemon.</source>
        <translation>Ouvrir un instantané enregistré au lieu de se connecter à un démon.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <extracomment>%1 lists the page names</extracomment>
        <translation>Page à afficher en premier : %1.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>With --snapshot: once its scan has finished, save a picture of the window (1400x900) to this PNG file and quit.</source>
        <translation>Avec --snapshot : une fois l’analyse terminée, enregistrer une image de la fenêtre (1400x900) dans ce fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>--screenshot needs --snapshot FILE.</source>
        <translation>--screenshot exige --snapshot FICHIER.</translation>
    </message>
    <message>
        <source>unknown --tab &quot;%1&quot;; use one of %2.</source>
        <translation>--tab « %1 » inconnu ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>impossible d’écrire %1.</translation>
    </message>
</context>
</TS>
