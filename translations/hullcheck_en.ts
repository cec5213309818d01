<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>hullcheck::core::ApiVersion</name>
    <message>
        <source>The daemon announced an API version Hullcheck cannot read (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon speaks Engine API %1, older than the %2 Hullcheck needs (Docker Engine 19.03). Upgrade the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon requires Engine API %1 or newer; this Hullcheck speaks up to %2. Update Hullcheck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CertificateFile</name>
    <message>
        <source>it holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its PEM certificate is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not a well-formed X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CliRunner</name>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hullcheck-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hullcheck-cli %1
Engine API %2 to %3
%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try &quot;hullcheck-cli scan&quot; or &quot;hullcheck-cli snapshot&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot belongs to &quot;scan&quot;; &quot;snapshot&quot; collects from a daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 written to %2: %3 containers, %4 images, %5 networks, %6 volumes (%7 ms).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-passed and --no-passed exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 writes a binary file: give it with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on needs critical, high, medium or low, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of %1: score %2/100; %3 fail, %4 warn, %5 pass, %6 info, %7 skip, %8 waived. Report: %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not take &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan and --apply exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix --apply needs --rule ID and --target NAME: it changes one object at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix --apply changes a live daemon; --snapshot only works with --plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: no failing result matches.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live fix for %1 on %2: the result does not fail there, or it can only be fixed by recreating the object (see fix --plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not changing %1 without confirmation: standard input is not a terminal; add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this change to %1? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to %1: %2
%3 on %1 is now: %4
Logged to %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon socket to connect to (unix:///path, tcp://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context to use (overrides DOCKER_HOST and the current context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS without verifying the daemon&apos;s certificate (unsafe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS and verify the daemon&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certs signed only by this CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the TLS client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the TLS client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the docker client config files (default ~/.docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer of the daemon (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: replace environment values by a placeholder in the file too (standard output is always redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests to the daemon (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read host files and processes, even for a local daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: scan a saved snapshot instead of a daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: report format: json, html, pdf, csv, sarif, junit or md (default json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: list passed results one by one (default for csv, sarif, junit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: count passed results per rule but do not list them (default for html, pdf, md; json always lists every result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: PDF page size, a4 or letter (default a4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: policy file (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: rule packs from this directory instead of the built-in ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: exit 1 when a result fails at this severity or above (critical, high, medium, low).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: print the fixes (commands and patches); change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: apply the live fix of --rule to --target, then rescan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: apply without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: only this rule (id or CIS id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: only this object (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: memory limit to propose, e.g. 512m (default 512m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: CPU limit to propose, e.g. 1.5 (default: shares).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: CPU weight to propose (default 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: process limit to propose (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck: how safe is this Docker host?

Commands:
  snapshot   Collect a snapshot of a daemon (JSON) for later or offline scans
  scan       Run the benchmark on a daemon or a saved snapshot and write the report
  fix        Print the fixes for failing results (--plan), or apply a live fix (--apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run: snapshot, scan or fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: the fix log to append to; scan: the fix log to report (default in the application data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: TLS verification of %1 is off (--tls without --tlsverify); the daemon&apos;s identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-TLS-VERIFY).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hullcheck-cli: warning: %1 is plain TCP: the traffic is unencrypted and the daemon&apos;s identity is not checked. A scan reports this as a critical finding (HC-CONNECTION-PLAIN-TCP).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ConnectionChecks</name>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (-&gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot does not record the connection&apos;s files (it was saved by an older Hullcheck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection uses no client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not exist when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s parameter &quot;forbidden&quot; is not an octal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection uses no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the validity of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2, in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>renew it before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid from %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ContainerChecks</name>
    <message>
        <source>volume %1 (a bind of a host path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s Config.User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs as root inside the container; the daemon maps it to an unprivileged host user (user namespaces or rootless mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Privileged = true: every capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a privileged container has all capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapDrop: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangerous capabilities added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities beyond Docker&apos;s default set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops every capability and adds back only default ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps Docker&apos;s default capability set; --cap-drop ALL with only the needed --cap-add is stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive host paths are mounted; read-only does not protect credentials or sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive host paths are mounted read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bind mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bind mount(s), none of a sensitive host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an engine socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named like an engine socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container can control the container engine and so the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mount exposes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host PID namespace: cannot attribute processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process list was not collected; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process list was not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH daemon runs in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 among %2 process(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network: the container&apos;s ports are the host&apos;s and are not published (see 5.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host ports below %1 are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports are published on every host interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review that every published port is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host has no AppArmor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged: no AppArmor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile recorded: Docker applies docker-default at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs without AppArmor confinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host has no SELinux (the daemon reports no SELinux support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (added by Docker for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELinux separation is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SELinux label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container has no SELinux label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Privileged = true: seccomp is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged containers run without seccomp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccomp is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom seccomp profile (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom profile: review that it is at least as strict as Docker&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile of its own; the daemon&apos;s default profile is unconfined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccomp is disabled daemon-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s default seccomp profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon reports no seccomp support (no name=seccomp in SecurityOptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicitly allows gaining privileges (overrides the daemon default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set on the container; the daemon sets no-new-privileges for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set on the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon default (--no-new-privileges) cannot be seen on a remote daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set on the container, and the daemon does not set it by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container names no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pinned by image ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pinned by digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no tag: means :latest); runs image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned: the image is whatever :latest was when the container was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; runs image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned: :latest moves with every push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; runs image %1 but the tag now names image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag was moved: the container runs an older image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; image %1 has no registry digest (built locally or loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned by tag only: without a registry digest the tag cannot be verified or pinned by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to network %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bridge %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the default bridge, where every container can reach every other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 networks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (all internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not internal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joins several networks, at least one of them with outside access: it bridges them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm task: restarts follow the service&apos;s restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart policy: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart policy: on-failure without a maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarts a failing container forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 restart attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown restart policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestartCount = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel killed it for lack of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a restart loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted more than %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only root filesystem: the image&apos;s files cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file changes were not collected (GET /containers/{id}/changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes against the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files changed since the container started from its image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no required labels in the policy (requiredLabels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required labels are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 containers: %2; %3 not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; /info: %1 containers, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 containers are not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review containers that are not running and remove those no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a manager node: the swarm&apos;s settings are visible on managers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manager(s) of %2 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more managers than needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an even number of managers adds no fault tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlay networks without encryption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic between nodes on these networks is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no overlay networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted overlay networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual review: the API does not show when the unlock key was last rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-lock is off, so there is no unlock key to rotate (see 7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the managers&apos; raft keys are stored unencrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node certificates expire after %1 day(s)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Docker&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node certificates live longer than %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm mode not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm node state is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual review: the listen socket of port 2377 needs host access; check that it is bound to %1 and not to every interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm secrets are not part of the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual review: services should take their secrets from docker secret, not from environment variables or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual review: the API shows no history of root CA rotations (docker swarm ca --rotate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual review: check that --data-path-addr puts container traffic on an interface other than the management address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown swarm check &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ContextStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason from the system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot parse %1: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;default&quot; is the built-in context; it is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; does not exist in %2.</source>
        <extracomment>%1 is a docker context name, %2 the directory of the docker context store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; has no docker endpoint (%2).</source>
        <extracomment>%1 is a docker context name, %2 the path of its meta.json</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::CurlDockerApi</name>
    <message>
        <source>A client certificate needs both a certificate and its key; only %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like a Docker daemon (no API version, no &quot;OK&quot; on /_ping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::DaemonChecks</name>
    <message>
        <source>needs host access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is only visible on the daemon&apos;s command line or in its daemon.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s command line could not be read (%1), so %2 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so %3 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman has no dockerd settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage driver %1 (/info Driver): %2 applies to %3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug logging is on (/info Debug = true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set: the default %2 applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set on the command line nor in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value that is not a boolean: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule gives no test (params: expect, expect_set or fail_contains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan reached the daemon over plain TCP at %1: anyone who can reach that port controls the daemon, and so the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan reached %1 over TLS without verifying the daemon&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan used TLS with a verified server certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan used the unix socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listeners: %1 (TLS: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses TLS without --tlsverify: any client can connect without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s command line could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is in use; whether the daemon demands client certificates (--tlsverify) and which other ports it listens on are unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the daemon&apos;s TCP listeners are only visible on its command line and in daemon.json (this scan used the unix socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon does not report RegistryConfig in /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insecure registries in /info RegistryConfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure registries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also lists %2, which the running daemon does not use (not restarted since?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman reads insecure registries from registries.conf; /info may not list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman has no default &quot;bridge&quot; network (its default network is &quot;podman&quot;, which has no enable_icc option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon has no default bridge network (started with --bridge=none?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default bridge network does not report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default bridge network: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; icc=false is configured but not in effect: restart the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman has no long-running daemon that containers depend on; live restore does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon does not report LiveRestoreEnabled in /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info LiveRestoreEnabled = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node is in swarm mode, which does not support live restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman does not report a default logging driver in /info (see log_driver in containers.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon does not report LoggingDriver in /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info LoggingDriver = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container logs are discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container logs stay on this host only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps logs on this host unless it is set up to forward them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman does not support Docker authorization plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon does not report Plugins in /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info Plugins.Authorization is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization plugins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman always reports ExperimentalBuild = true; it has no experimental daemon mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon does not report ExperimentalBuild in /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info ExperimentalBuild = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman %1: the release table covers Docker Engine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman does not use containerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the daemon does not report its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (package %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the release table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release series %1 is unmaintained since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release series %1 is unmaintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release series %1 is maintained until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release series %1 is maintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than every release series in the table (oldest %1): unmaintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than the release table: its support and advisories are not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release series %1 is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, fixed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fixed by package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a distribution build (%1): upstream advisories affect %2 but the distribution may have backported fixes, check its security tracker: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies) do not apply to this configuration (authorization plugins or swarm not in use)</source>
        <translation type="unfinished">
            <numerusform>%n advisory does not apply to this configuration (authorization plugins or swarm not in use)</numerusform>
            <numerusform>%n advisories do not apply to this configuration (authorization plugins or swarm not in use)</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule has no release table (params.table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>release table of %1 (%n day(s) before this snapshot)</source>
        <translation type="unfinished">
            <numerusform>release table of %1 (%n day before this snapshot)</numerusform>
            <numerusform>release table of %1 (%n days before this snapshot)</numerusform>
        </translation>
    </message>
    <message>
        <source>release table without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1, shared by every container: keep it patched with the host OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component could be compared with the release table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Endpoint</name>
    <message>
        <source>%1 (plain TCP, unencrypted)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2375</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TLS, verified)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2376</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TLS, NOT verified)</source>
        <extracomment>%1 is an endpoint URL such as tcp://host:2376; the server certificate is not checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::EndpointResolver</name>
    <message>
        <source>Invalid Docker host &quot;%1&quot;. Use unix:///path/to/socket or tcp://host:port.</source>
        <extracomment>%1 is the -H/DOCKER_HOST value the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot;: %2</source>
        <extracomment>%1 is a docker context name, %2 the reason its host is unusable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh:// endpoints (%1) are not supported yet. Connect through tcp:// with TLS, or run Hullcheck on the Docker host and use its local socket.</source>
        <extracomment>%1 is the ssh:// endpoint the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npipe:// endpoints (%1) are Windows named pipes and are not supported. Use tcp:// with TLS or a unix socket.</source>
        <extracomment>%1 is the npipe:// endpoint the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd:// (%1) is only valid for the Docker daemon itself, not for clients. Use unix:// or tcp://.</source>
        <extracomment>%1 is the fd:// value the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting options: either specify --host or --context, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Engine</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver expired on %1 (approved by %2: %3); the result counts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no approver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs host access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule defines no check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::FileIo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restrict its permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::FixLog</name>
    <message>
        <source>Cannot write the fix log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the fix log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HostChecks</name>
    <message>
        <source>setuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setgid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sticky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs host access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path for &quot;%1&quot; was recorded when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule names no path (params: path or role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not examined when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot examine %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected owner %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule gives no valid mode (params: max or exactly, e.g. &quot;0644&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; bits outside %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry certificate directory was not examined when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this host: no registry certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owned by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate or key file(s) under %1</source>
        <translation type="unfinished">
            <numerusform>%n certificate or key file under %1</numerusform>
            <numerusform>%n certificate or key files under %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mode %2 (%3 beyond %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rootless daemon&apos;s socket should belong to the user running it (uid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group should be %1 (the daemon&apos;s socket group) or root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group root: only root can use the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits outside %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data root&apos;s mount was not recorded when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which mount holds the data root %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parent of the userns-remap data root %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a filesystem of its own: %2 (%3, device %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bind mount of the directory %2 of %3 (%4, device %5), not a partition of its own (dockerd bind-mounts its data root onto itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a mount point, but of the root filesystem&apos;s device %2: it shares the root filesystem&apos;s space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mount point; it lies on the filesystem mounted at %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rootless daemon: only its own user (uid %1) controls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every local user can connect to the socket (others may write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket&apos;s group grants no access (mode %1, group %2): no group membership gives control of the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket group&apos;s members were not recorded when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group %1 in /etc/group: only root can use the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 (gid %2) has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 (gid %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each member can control the daemon, which is root-equivalent on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the trusted users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) loaded (auditctl -l)</source>
        <translation type="unfinished">
            <numerusform>%n rule loaded (auditctl -l)</numerusform>
            <numerusform>%n rules loaded (auditctl -l)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in %1</source>
        <translation type="unfinished">
            <numerusform>%n rule in %1</numerusform>
            <numerusform>%n rules in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no audit rules: auditctl is not installed and there are no rule files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is watched by: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit rule watches %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit rules were not recorded when the snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n of them about docker, containerd or runc</source>
        <translation type="unfinished">
            <numerusform>; %n of them about docker, containerd or runc</numerusform>
            <numerusform>; %n of them about docker, containerd or runc</numerusform>
        </translation>
    </message>
    <message>
        <source>the rules come from the rule files, not from the running audit system: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HostFacts</name>
    <message>
        <source>the socket path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_PEERCRED failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon runs in another PID namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the command line of process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 1 MiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd started by the daemon under its exec-root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system containerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the daemon&apos;s exec-root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (no containerd socket found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection&apos;s socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s -H %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenStream of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (the daemon&apos;s command line is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default of --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon is not configured for TLS (no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s executable (/proc/PID/exe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on the search path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerd is not installed (not found on the search path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed (not found on the search path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 files; the rest were not examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info has no DockerRootDir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mount contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs host access: the daemon at %1 is remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process of this host listens on TCP port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::HtmlReport</name>
    <message>
        <source>Results by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by CIS section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ImageChecks</name>
    <message>
        <source>step %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image history was not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package index update without an install in the same RUN instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no package index updates in %1 history steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 index update(s), each with an install in the same step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD fetches URLs and unpacks archives implicitly; COPY does only what it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ADD instructions besides the base layer in %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build tools remain in the final image; build in a separate stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no compilers or build tools found in %1 history steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; package managers used in the build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s creation time is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has a fixed creation time (%1, a reproducible build): its age is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built %1, %2 day(s) before the scan (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rebuilt for %1 days: it lacks the security fixes published since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s Config.Healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HEALTHCHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: disabled (NONE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the healthcheck is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; State.Health.Status = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy (failing streak %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository (dangling or built locally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no RepoDigests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pulled from a registry (built locally or loaded): where its base image came from cannot be seen through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy lists no trusted registries (trustedRegistries): review that these are trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the policy&apos;s trusted registries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is a setting of the docker client, not of the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set DOCKER_CONTENT_TRUST=1 in the environment of every user and CI job that pulls or runs images; the Engine API cannot show whether they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s): %2 in use by %3 container(s), %4 unused (%5 untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; /info: %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 unused images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review unused images and remove those no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long random token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build argument of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command-line flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.Cmd/Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command-line argument holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret-looking names or values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets in the environment, labels or image history can be read by anyone who can inspect the container or pull the image (values not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::JsonReportReader</name>
    <message>
        <source>%1 is not a readable Hullcheck report: %2</source>
        <extracomment>%1 a file name, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding has no rule_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 has an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 has an unknown severity &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 has an unknown target kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;schema&quot; key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;findings&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;generated_at&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary counts %1 results but the file lists %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs text layout, which this program was started without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PolicyLoader</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy is one YAML document; remove the &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of %1 must be plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, like [a, b]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the waiver has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported policy version &quot;%1&quot; (this Hullcheck reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;waivers&quot; must be a list of waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;severity_overrides&quot; must be a mapping of rule id: severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of %1 must be rule ids or CIS ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; for %2 (expected critical, high, medium, low or info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cpus&quot; must be a number of CPUs from 0.01 to %1, like 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown restart policy &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;restart_max_retries&quot; only applies to the on-failure restart policy, not to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::PolicyWriter</name>
    <message>
        <source>A waiver needs a rule, a target and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file has errors; fix them before adding a waiver.
%1</source>
        <extracomment>%1 is the loader&apos;s message, naming the file and line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the waiver to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Remediation</name>
    <message>
        <source>--read-only: give every path the application writes a volume or a tmpfs (for example --tmpfs /tmp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are not copied: provide them as environment variables of the shell (or an .env file for compose), better from a secret store, and rotate the exposed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set these variables before running it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then connect the other network: docker network connect %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and rename or remove the old container first: docker rm -f %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object; fix it by hand before merging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate %1 with docker run, every setting kept, fixes added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a compose service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the values of %1 in an .env file next to the compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current daemon.json was not read (no host access, or no file): merge these keys into the file the daemon uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the daemon to apply it: sudo systemctl restart docker (live-restore alone takes a reload). Containers without live-restore stop during the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exact command is known for this result; the text is the rule&apos;s remediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile lines for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the image and recreate the containers that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: POST %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit memory to %1 (no swap beyond it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit CPU to %1 CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit CPU to a quota of %1 µs per 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the CPU weight (shares) to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the container to %1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart on failure, at most %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container was started with --rm: Docker refuses to give it a restart policy; recreate it without --rm instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer for container %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has no live fix; use the generated artefact instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker refused to change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the restart policy to %1</source>
        <extracomment>%1 a docker restart policy name: no, always, unless-stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ReportDocument</name>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed results are counted per rule but not listed one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1. Results: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy was used: nothing is waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1 waives nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers of the policy %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixes were applied through Hullcheck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live fixes applied to this daemon through Hullcheck, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ReportModel</name>
    <message>
        <source>not used (local Unix socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: plain TCP, NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, server certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, server certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (daemon maximum %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 containers, %2 images, %3 networks, %4 volumes, the daemon and the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the pack, %2 disabled by the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted per rule, not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container Images and Build File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Security Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Swarm Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck practices (no CIS id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck collected one snapshot of the daemon through the Docker Engine API (read-only calls: /info, /version, and the inspect data of every container, image, network and volume), plus, for a local daemon, the owner and mode of the files and the processes the host checks need. Every rule of the rule pack (the CIS Docker Benchmark v1.6.0 and Hullcheck&apos;s own practices) was then evaluated on every object of its scope, offline, as a pure function of the snapshot. Each rule and object gets one result: pass, fail, warn (a heuristic or a manual review item), info, skip (with the reason, e.g. no host access) or waived (by the policy, with reason, approver and expiry). Environment values are never shown: evidence names the variable, not its value. The score weighs automated results by severity (critical 10, high 5, medium 3, low 1): pass earns the full weight, warn half, fail nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::RulePackLoader</name>
    <message>
        <source>No built-in rule packs in :/rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rule directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule directory %1 holds no rule packs (*.yaml, *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule pack is one YAML document; remove the &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot; (first defined at %2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of a %1 must be plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in this %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a rule pack needs &quot;pack&quot;, &quot;version&quot; and &quot;rules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule pack has no &quot;rules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (expected critical, high, medium, low or info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 has both &quot;%2&quot; and &quot;%3&quot;; use exactly one of fail_when, pass_when and builtin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS id &quot;%1&quot; must be numbers separated by dots, like &quot;5.10&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS level must be 1 or 2, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evidence_source &quot;%1&quot; (expected api or host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown on_fail &quot;%1&quot; (expected fail, warn or info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;builtin&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;evidence&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 has no check: add fail_when, pass_when or builtin, or mark it automated: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 is a manual review (automated: false) and cannot have &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;params&quot; is only used with &quot;builtin&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;evidence&quot; is only used with fail_when or pass_when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries of &quot;%1&quot; must be texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segments of a path must be texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path: Dotted.Keys, a list of keys, or &quot;.&quot; for the element itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; has an empty segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot;: write any_element or all_elements instead of &quot;[]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is nested too deeply or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of a mapping must be texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition has one operator, this one has &quot;%1&quot; and &quot;%2&quot;; combine them with all or any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition has no operator (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no path; put the paths in its conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; needs a path (&quot;path: .&quot; for the element itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;path&quot; is empty (&quot;path: .&quot; for the element itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list of values: in: [a, b]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one condition (a mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rule pack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot; (expected host, daemon, container, image, network, volume or connection)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::ScanService</name>
    <message>
        <source>Evaluating rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::Snapshot</name>
    <message>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Hullcheck snapshot (its schema is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot has schema version %1; this Hullcheck reads version %2. Update Hullcheck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot lacks the object &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot lacks the list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; of the snapshot holds something that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot has no valid &quot;collected_at&quot; time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 is larger than 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Engine %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::SnapshotCollector</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 has an unexpected shape: expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;Volumes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects with a &quot;%1&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 disappeared during the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes of container %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 disappeared during the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of image %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 disappeared during the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading host facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host facts were not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with an &quot;Id&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon requires Engine API %1 or newer (its answer to /version), but Hullcheck speaks it at %2 (Hullcheck knows %3 to %4). Update Hullcheck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::TransportError</name>
    <message>
        <source>the system trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker socket %1 does not exist. Is the daemon running? Start it (for example &quot;systemctl start docker&quot;) or choose another endpoint with -H or a context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on the Docker socket %1. Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;, then log in again), or run a rootless daemon and connect to unix://$XDG_RUNTIME_DIR/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening on the Docker socket %1 (a stale socket file?). Start the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the Docker socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 refused the connection. Is it listening on port %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the daemon at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate of %1 is not issued for the host name &quot;%2&quot;. Connect with the name the certificate names (its subject alternative names), or reissue the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate of %1 is not trusted: it is not signed by the CA in %2. Give the CA that signed the daemon&apos;s certificate with --tlscacert (or ca.pem in DOCKER_CERT_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 requires a client certificate and none was given. Give one with --tlscert and --tlskey (or cert.pem and key.pem in DOCKER_CERT_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer exceeded %1 MiB, so Hullcheck stopped reading it. This is far larger than any real Docker answer; is %2 really a Docker daemon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read or holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 cannot be used: it is unreadable, encrypted, or does not match the certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak TLS. It may be a plain-HTTP endpoint (unencrypted and unauthenticated: anyone who reaches it controls the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer was cut short (truncated response). The daemon may have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not a valid HTTP response. Is it a Docker daemon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer is larger than %1 MiB, so Hullcheck did not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 expects TLS. Connect with --tlsverify and the client certificate and key (or set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon answered HTTP %1 without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is truncated JSON (it ends after %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is not valid JSON (%2 at byte %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate of %1 is not valid yet. Check this machine&apos;s clock and the daemon&apos;s, or reissue the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate of %1 has expired. Renew the daemon&apos;s certificate (and check this machine&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: it expired on %3. Renew it with the CA the daemon trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: it is not valid before %3. Check this machine&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2: most likely it is not signed by a CA the daemon trusts. Use a certificate issued by the daemon&apos;s CA (its --tlscacert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 did not answer within %2 s. It may be overloaded or stuck, or a firewall drops the traffic; if it is only slow, give it more time (hullcheck-cli --timeout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::core::YamlSupport</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Docker Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;environment (DOCKER_HOST / current context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker &amp;context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s identity will not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1/ca.pem</source>
        <extracomment>%1 is a directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1/cert.pem if present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1/key.pem if present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently %1, from %2</source>
        <extracomment>%1 is an endpoint description, %2 where it came from (DOCKER_HOST, a context, default)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default — DOCKER_HOST or %1</source>
        <extracomment>the docker CLI&apos;s built-in context: DOCKER_HOST or the default socket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a docker context name, %2 its daemon address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the daemon&apos;s address, for example unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is an endpoint such as unix:///var/run/docker.sock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: Docker Engine %2, API %3 (daemon supports up to %4).</source>
        <extracomment>%1 daemon name, %2 engine version, %3 API version used, %4 the daemon&apos;s highest API version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain TCP: the traffic is not encrypted and the daemon&apos;s identity is not checked. Use TLS, or a unix socket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ContainersModel</name>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed for running out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (healthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (unhealthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (health: starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <extracomment>%1 is the exit code of the container&apos;s main process</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;passed results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (self-contained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (hullcheck-report/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF 2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FilePathEdit</name>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FindingsModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FindingsPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <extracomment>status filter: fail and warn results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by CIS section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this result: add a waiver to the policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see its evidence, rationale and remediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair this result: change the container now, or get the command or file that fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected results belong to different rules (%1): select results of one rule to fix them together.</source>
        <extracomment>%1 the rule ids of the selection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result has nothing to fix: it passes, or no fix is known for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some selected results have nothing to fix (they pass, or no fix is known): select only the failing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repair the %n selected results together: one change for every object</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::FixDialog</name>
    <message>
        <source>docker run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIDs limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the fix (e.g. &quot;Limit memory to 512m&quot;), %2 the object&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the running container %1 now?

%2

This is the same as:
%3</source>
        <extracomment>%1 the container&apos;s name, %2 the change (e.g. &quot;Limit memory to 512m&quot;), %3 the docker update command</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>a resource limit that is not set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <extracomment>%1 a number of CPUs, e.g. 1.5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %n Results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n objects</source>
        <extracomment>%1 the fix (e.g. &quot;Limit memory to 512m&quot;), %n the number of objects</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the object&apos;s name, %2 its rule ids</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n objects</source>
        <extracomment>%1 the kind of artefact (e.g. &quot;docker run command&quot;), %n the number of objects</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n running containers now?

%1

This is the same as:
%2</source>
        <extracomment>%n the number of containers, %1 the change (e.g. &quot;Limit memory to 512m&quot;), %2 the docker update commands</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <extracomment>%1 the rule&apos;s new status after the rescan (Pass, Fail, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n object(s); the results are scanned again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1 of %2 objects.
%3</source>
        <extracomment>%1 how many were changed, %2 how many were tried, %3 the daemon&apos;s messages, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ImagesModel</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;none&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::InventoryModel</name>
    <message>
        <source>%1 fail</source>
        <extracomment>count of fail results of one object, as in &quot;2 fail · 3 warn&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warn</source>
        <extracomment>count of warn results of one object, as in &quot;2 fail · 3 warn&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), worst: %1</source>
        <extracomment>%1 the worst status of the object&apos;s results</extracomment>
        <translation>
            <numerusform>%n result, worst: %1</numerusform>
            <numerusform>%n results, worst: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::InventoryPage</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark results of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its inspect data. Environment values are redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected variables&apos; values here until another object is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;All Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• (hidden)</source>
        <extracomment>stands for a hidden environment value</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::LabelsModel</name>
    <message>
        <source>container %1</source>
        <extracomment>a label&apos;s carrier in the Labels table: %1 a container name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <extracomment>%1 an image tag or short id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>%1 a network name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1</source>
        <extracomment>%1 a volume name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>a label the policy requires, which some objects lack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>a label the policy requires, carried by these objects</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>a label the policy does not ask for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy requires the label %1; these objects do not carry it.</source>
        <extracomment>%1 a label key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried by / missing on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::LabelsPage</name>
    <message>
        <source>&amp;Missing required labels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a label to list the objects that carry it, or miss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects of the selected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects without the required label %1:</source>
        <extracomment>%1 a label key, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects labelled %1=%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy requires no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Required: %1 · %n missing</source>
        <extracomment>%1 the label keys the policy requires, %2 how many of them some objects lack</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::MainWindow</name>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown snapshot, readable only by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results as PDF, HTML, JSON, CSV, SARIF, JUnit or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hullcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Docker daemon to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a fresh snapshot from the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the policy file (waivers, thresholds) the benchmark uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;No Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every rule with its defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a snapshot of a sample daemon that comes with Hullcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hullcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hullcheck&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collected %n container(s) in %1</source>
        <extracomment>%1 is a duration such as &quot;1.2 s&quot;</extracomment>
        <translation>
            <numerusform>Collected %n container in %1</numerusform>
            <numerusform>Collected %n containers in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Still showing the snapshot collected %2.</source>
        <extracomment>%1 is the reason the collection failed, %2 when the data still shown was collected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Policy File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>progress in the status bar: %1 is a stage such as &quot;Inspecting containers&quot;, %2/%3 objects done/total</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck — %1</source>
        <extracomment>%1 is the daemon&apos;s name and engine version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck — %1 (snapshot from %2)</source>
        <extracomment>%1 is the daemon&apos;s name and engine version, %2 when the snapshot was collected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon &amp;&amp; Host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot was collected without verifying the daemon&apos;s identity: its TLS certificate was not checked, so the data may come from an impostor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s identity is not verified: its TLS certificate is not checked, so the data shown may come from an impostor. Turn on certificate verification in Connect….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot was collected over plain TCP: the connection was neither encrypted nor authenticated, so the data may have been read or altered on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the daemon is neither encrypted nor authenticated (plain TCP). Anyone on the network can read or alter the data shown. Use TLS with verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck %1

A security dashboard for Docker hosts.

Qt %2
%3</source>
        <extracomment>%1 Hullcheck&apos;s version, %2 the Qt version, %3 the HTTP/TLS library versions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hullcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a snapshot saved earlier, or the results of a JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with a saved profile (add profiles in Connect…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a report: it holds the benchmark results and the daemon&apos;s identity, but no inventory of objects. Open a snapshot or connect to a daemon to browse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck — %1 (report on the snapshot from %2)</source>
        <extracomment>%1 is the daemon&apos;s name and engine version, %2 when its snapshot was collected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (%1 missing)</source>
        <extracomment>%1 how many required labels some objects lack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Snapshot or Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck snapshots and JSON reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot was opened from a file: Hullcheck is not connected to its daemon and cannot change the container. Run this command on a machine that can reach the daemon instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck is not connected to a daemon. Run this command on a machine that can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fix %1: %2</source>
        <extracomment>%1 the container, %2 the daemon&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 is now %4</source>
        <extracomment>%1 the change, %2 the container, %3 the rule id, %4 its new status (Pass, Fail, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the fix to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed %1 of %2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying the fix to %n objects…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::NetworksModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::OverviewPage</name>
    <message>
        <source>Not needed (local socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: plain TCP, unencrypted and unauthenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, but the server certificate is NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, server certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failing objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet. Connect to a Docker daemon or open a saved snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail results by severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by CIS section and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskiest containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskiest images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules (pack %2)
%3</source>
        <extracomment>under the score: %1 rules run, %2 the rule pack&apos;s version, %3 the policy file or &quot;no policy&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine %1 · %2 · collected %3</source>
        <extracomment>%1 engine version, %2 operating system, %3 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 negotiated, server %2</source>
        <extracomment>%1 the API version Hullcheck used, %2 the newest one the daemon supports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 operating system, %2 CPU architecture</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::ScoreRing</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <extracomment>accessible description of the score ring, %1 the score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 100</source>
        <extracomment>under the score in the ring: the score is out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::SettingsDialog</name>
    <message>
        <source>The new language takes effect after Hullcheck is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::VolumesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::WaiverDialog</name>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “%1” (%2). The waiver is added to %3.</source>
        <extracomment>%1 the rule&apos;s title, %2 its id, %3 the policy file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object&apos;s name, or a glob such as web-* (* for every object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is accepted, e.g. a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accepted it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hullcheck::ui::formatting</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Host configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Docker daemon configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Docker daemon configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Container images and build file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Container runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Docker security operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Docker Swarm configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hullcheck practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security dashboard for Docker hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon socket to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved snapshot instead of connecting to a daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show first: %1.</source>
        <extracomment>%1 lists the page names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --snapshot: once its scan has finished, save a picture of the window (1400x900) to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --snapshot FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --tab &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
