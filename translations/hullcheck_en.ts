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
        <source>The daemon at %1 did not answer within %2 s. It may be overloaded or stuck, or a firewall drops the traffic; if it is only slow, give it more time (--timeout in hullcheck-cli, Settings in the app).</source>
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
    <name>hullcheck::rules</name>
    <message>
        <source>A separate partition holds the containers&apos; data</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, from the daemon&apos;s mount table, that its data root (/info DockerRootDir; its parent under userns-remap) is a filesystem of its own. Being a mount point is not enough: dockerd bind-mounts its data root onto itself, which the reference tool&apos;s &quot;mountpoint -q&quot; takes for a partition.</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, containers and volumes grow without bound. On the root filesystem they can fill it and stop the host; on their own partition they can only stop Docker.</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dedicated partition or logical volume (LVM makes it easy to grow), stop the daemon, move the contents of {value} onto it, mount it at {value} through /etc/fstab, and start the daemon again. Or set &quot;data-root&quot; in {config_file} to a directory on a dedicated filesystem and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-HOST-DATA-ROOT-PARTITION remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trusted users control the Docker daemon</source>
        <extracomment>HC-HOST-DOCKER-GROUP title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the members of the daemon&apos;s socket group (from /etc/group, plus users whose primary group it is, and the group that owns the socket file when it is another one). Reported as information for review; a warning names members outside params.trusted_users when that list is given.</source>
        <extracomment>HC-HOST-DOCKER-GROUP description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can use the daemon&apos;s socket can start a privileged container that mounts the host&apos;s root filesystem: membership of the docker group is root on the host.</source>
        <extracomment>HC-HOST-DOCKER-GROUP rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users who should not control the daemon from the group: sudo gpasswd -d USER docker (members: {value}). Consider rootless mode for users who only need their own containers.</source>
        <extracomment>HC-HOST-DOCKER-GROUP remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule (auditctl -l, else /etc/audit/audit.rules and /etc/audit/rules.d) watches the daemon&apos;s executable, as /proc/PID/exe names it (/usr/sbin/dockerd on Debian, /usr/bin/dockerd elsewhere).</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon runs as root; an audit trail of who ran or changed it is needed to investigate an incident.</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the line &quot;-w {value} -p rwxa -k docker&quot; to /etc/audit/rules.d/docker.rules and load it with &quot;sudo augenrules --load&quot; (or, until the next reboot, &quot;sudo auditctl -w {value} -p rwxa -k docker&quot;).</source>
        <extracomment>HC-HOST-AUDIT-DOCKERD remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/run/containerd is audited</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /run/containerd, containerd&apos;s state directory (its sockets and the running containers&apos; bundles). Skipped when the directory does not exist.</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes under /run/containerd change running containers; auditing them records who did it.</source>
        <extracomment>HC-HOST-AUDIT-RUN-CONTAINERD rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker data root is audited</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the daemon&apos;s data root as /info DockerRootDir reports it (the reference tool checks /var/lib/docker whatever the daemon uses).</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data root holds every image, container filesystem and volume; an audit trail shows who changed them.</source>
        <extracomment>HC-HOST-AUDIT-DATA-ROOT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/docker (daemon.json, TLS keys, registry certificates). Skipped when the directory does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker holds the daemon&apos;s configuration and keys; changes to it change how the daemon runs.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DOCKER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker.service unit file is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the docker.service unit file systemd loads (systemctl show -p FragmentPath, else /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system). Skipped when there is no such unit.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; changing it changes the daemon&apos;s flags at the next start.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SERVICE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd socket is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd socket the daemon really uses: --containerd, else the system containerd&apos;s /run/containerd/containerd.sock, else the containerd dockerd started under its exec-root (Debian&apos;s docker.io). The reference tool never finds the file here and prints a broken remediation.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd socket gives full control of every container, as the Docker socket does.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SOCK rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker.socket unit file is audited</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the docker.socket unit file (where systemd creates the daemon&apos;s socket and sets its owner and mode). Skipped when there is no such unit.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket unit decides who may use the daemon&apos;s socket; changes to it should leave a trail.</source>
        <extracomment>HC-HOST-AUDIT-DOCKER-SOCKET-UNIT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/default/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/default/docker (extra daemon options on Debian-based hosts). Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can add flags to the daemon&apos;s command line.</source>
        <extracomment>HC-HOST-AUDIT-ETC-DEFAULT-DOCKER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s daemon.json is audited</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the daemon.json the daemon reads (--config-file, else /etc/docker/daemon.json; ~/.config/docker/daemon.json when rootless); a watch on its directory counts. Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json holds the daemon&apos;s security settings; changes to it should leave a trail.</source>
        <extracomment>HC-HOST-AUDIT-DAEMON-JSON rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/containerd/config.toml is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches containerd&apos;s configuration file. Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd&apos;s configuration decides runtimes, plugins and registries for every container.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-CONFIG rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker is audited</source>
        <extracomment>HC-HOST-AUDIT-ETC-SYSCONFIG-DOCKER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches /etc/sysconfig/docker (extra daemon options on Red Hat-based hosts). Skipped when the file does not exist.</source>
        <extracomment>HC-HOST-AUDIT-ETC-SYSCONFIG-DOCKER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd binary is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd executable, found on the search path (/usr/bin/containerd on most hosts). Skipped when containerd is not installed.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd runs every container as root; replacing its binary takes over all of them.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-BIN rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd-shim binary is audited</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim executable (the v1 shim of older containerd). Skipped when it is not installed (containerd 2.0 removed it).</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shim runs next to each container and holds its stdio and exit status.</source>
        <extracomment>HC-HOST-AUDIT-CONTAINERD-SHIM rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd-shim-runc-v1 binary is audited</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim-runc-v1 executable. Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V1 description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd-shim-runc-v2 binary is audited</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the containerd-shim-runc-v2 executable, the shim current Docker engines use. Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-SHIM-RUNC-V2 description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runc binary is audited</source>
        <extracomment>HC-HOST-AUDIT-RUNC title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit rule watches the runc executable the daemon runs (/info Runtimes, found on the search path: /usr/sbin/runc on Debian, /usr/bin/runc elsewhere). Skipped when it is not installed.</source>
        <extracomment>HC-HOST-AUDIT-RUNC description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runc creates every container&apos;s namespaces and cgroups as root; a replaced runc escapes every container.</source>
        <extracomment>HC-HOST-AUDIT-RUNC rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container host is hardened</source>
        <extracomment>HC-HOST-HARDENED title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the host itself against a hardening guide for its operating system (for example the CIS benchmark for the distribution): minimal packages, patched kernel, SSH and accounts restricted, a firewall in front of published ports. Hullcheck cannot judge this; it is a manual review item.</source>
        <extracomment>HC-HOST-HARDENED description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers share the host&apos;s kernel: a weak host undoes every container setting.</source>
        <extracomment>HC-HOST-HARDENED rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your distribution&apos;s hardening guide to the host, or run containers on a minimal container-optimised OS, and keep it patched.</source>
        <extracomment>HC-HOST-HARDENED remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine, containerd and runc are maintained releases without known vulnerabilities</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the engine version (/version) and the containerd and runc versions it reports with a release table shipped in this rule (its date is shown): whether the release series is still maintained, and which known vulnerabilities are fixed in later versions. A version newer than the table is reported as information, not as vulnerable. Distribution builds (such as Debian&apos;s 20.10.24+dfsg1) whose upstream version is affected get a warning, because distributions backport fixes, unless the table names the fixing package. The reference tool guesses from the date instead, which means nothing since Docker stopped date versioning.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container escapes in runc and containerd, and authorization bypasses in the engine, are fixed by upgrading. Unmaintained releases get no fixes at all.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade {value} to a maintained release with the fixes: Docker&apos;s packages (docker-ce, containerd.io) or your distribution&apos;s security updates, then restart the daemon (sudo systemctl restart docker; with live-restore the containers keep running). Keep the host&apos;s kernel patched too.</source>
        <extracomment>HC-DAEMON-ENGINE-VERSION remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon runs as a non-root user if possible</source>
        <extracomment>HC-DAEMON-ROOTLESS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=rootless (Podman: /info Rootless). A daemon running as root is reported as information: rootless mode has limits (no AppArmor, some network and storage drivers), so CIS asks for it only where possible. HC-DAEMON-USERNS fails when neither rootless mode nor user namespace remapping is in use.</source>
        <extracomment>HC-DAEMON-ROOTLESS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rootless daemon and its containers run as an unprivileged user, so an escape from a container or a flaw in the daemon does not give root on the host.</source>
        <extracomment>HC-DAEMON-ROOTLESS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the workload allows it, run the daemon in rootless mode: install docker-ce-rootless-extras (or rootlesskit and slirp4netns), run &quot;dockerd-rootless-setuptool.sh install&quot; as the user who will own the daemon, and point clients at unix://$XDG_RUNTIME_DIR/docker.sock.</source>
        <extracomment>HC-DAEMON-ROOTLESS remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network traffic between containers on the default bridge is restricted</source>
        <extracomment>HC-DAEMON-ICC title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the running default bridge network&apos;s option com.docker.network.bridge.enable_icc (GET /networks/bridge), which is what the daemon applies, whatever daemon.json says. Skipped on daemons without a default bridge (Podman).</source>
        <extracomment>HC-DAEMON-ICC description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With inter-container communication on, every container on the default bridge can reach every port of every other one, so one compromised container can attack all the others.</source>
        <extracomment>HC-DAEMON-ICC rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;icc&quot;: false in {config_file} (or start dockerd with --icc=false) and restart the daemon (sudo systemctl restart docker). Containers that must talk to each other go on a user-defined network (&quot;docker network create NAME&quot;), where they can, and where nothing else can reach them.</source>
        <extracomment>HC-DAEMON-ICC remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s logging level is info</source>
        <extracomment>HC-DAEMON-LOG-LEVEL title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails when /info shows debug logging. Otherwise reads --log-level (-l) from the daemon&apos;s command line, else &quot;log-level&quot; in its daemon.json (default info), which needs host access. The reference tool never reads the command line for this check, so --log-level=debug passes there.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;info&quot; records what an investigation needs. &quot;debug&quot; floods the logs and can record sensitive data; &quot;warn&quot;, &quot;error&quot; and &quot;fatal&quot; lose events.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;log-level&quot; from {config_file} or set it to &quot;info&quot; (and drop --log-level / -l / -D from the daemon&apos;s command line), then restart the daemon (sudo systemctl restart docker). Current value: {value}.</source>
        <extracomment>HC-DAEMON-LOG-LEVEL remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is allowed to make changes to iptables</source>
        <extracomment>HC-DAEMON-IPTABLES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads --iptables from the daemon&apos;s command line, else &quot;iptables&quot; in its daemon.json (default true). Needs host access: the API does not show it.</source>
        <extracomment>HC-DAEMON-IPTABLES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With iptables management off, published ports, network isolation and masquerading must be kept right by hand, and mistakes expose containers or let them reach what they should not.</source>
        <extracomment>HC-DAEMON-IPTABLES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;iptables&quot;: false from {config_file} (or --iptables=false from the daemon&apos;s command line) and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-DAEMON-IPTABLES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure registries are not used</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the running daemon&apos;s /info RegistryConfig (InsecureRegistryCIDRs and IndexConfigs with Secure false). Loopback (Docker&apos;s built-in 127.0.0.0/8, ::1/128, localhost) is ignored: the reference tool flags that default. An entry in daemon.json that the running daemon does not use is noted.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insecure registry is reached over plain HTTP or unverified TLS, so anyone on the path can serve tampered images to the daemon.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {value} from &quot;insecure-registries&quot; in {config_file} (or drop --insecure-registry from the daemon&apos;s command line) and restart the daemon; give the registry a TLS certificate, or trust its CA in /etc/docker/certs.d/HOST:PORT/ca.crt.</source>
        <extracomment>HC-DAEMON-INSECURE-REGISTRIES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aufs storage driver is not used</source>
        <extracomment>HC-DAEMON-AUFS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info Driver.</source>
        <extracomment>HC-DAEMON-AUFS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aufs is unmaintained, was removed from Docker Engine 24, and has known kernel crashes and security issues.</source>
        <extracomment>HC-DAEMON-AUFS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to overlay2: save what you need (docker save, volume backups), set &quot;storage-driver&quot;: &quot;overlay2&quot; in {config_file}, restart the daemon and pull or load the images again.</source>
        <extracomment>HC-DAEMON-AUFS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon is never reachable over TCP without TLS client authentication</source>
        <extracomment>HC-DAEMON-TCP-TLS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails when this scan itself reached the daemon over plain TCP (or TLS without verifying the daemon), which the API alone proves, also for remote daemons. With host access, also fails for every TCP listener in the daemon&apos;s -H / --host flags and daemon.json &quot;hosts&quot; when the daemon lacks --tlsverify (--tls alone does not authenticate clients). A verified TLS connection without host access is information: the daemon&apos;s other listeners cannot be seen.</source>
        <extracomment>HC-DAEMON-TCP-TLS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker API is root on the host. Without TLS client authentication, anyone who can reach the port can start a privileged container and take over the machine.</source>
        <extracomment>HC-DAEMON-TCP-TLS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening on plain TCP ({value}): use the unix socket (or SSH, DOCKER_HOST=ssh://user@host), or give the daemon &quot;tlsverify&quot;: true, &quot;tlscacert&quot;, &quot;tlscert&quot; and &quot;tlskey&quot; in {config_file} with a CA that signs only trusted clients, listen on port 2376, and restart the daemon. Clients then connect with --tlsverify and their own certificate.</source>
        <extracomment>HC-DAEMON-TCP-TLS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default ulimits are configured appropriately</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the daemon&apos;s default ulimits (&quot;default-ulimits&quot; in daemon.json, or --default-ulimit) against what the workloads need, for example nofile and nproc. Whether a limit is appropriate is a judgement, so this is a manual review item (CIS marks it manual).</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ulimits bound what one container can take of file handles and processes, so it cannot starve the others.</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set defaults in {config_file}, for example &quot;default-ulimits&quot;: {&quot;nofile&quot;: {&quot;Name&quot;: &quot;nofile&quot;, &quot;Soft&quot;: 64000, &quot;Hard&quot;: 64000}}, restart the daemon, and override per container with --ulimit where needed.</source>
        <extracomment>HC-DAEMON-DEFAULT-ULIMITS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container root is not host root (user namespace remapping or rootless mode)</source>
        <extracomment>HC-DAEMON-USERNS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=userns (user namespace remapping) or name=rootless (the whole daemon in a user namespace; Podman: /info Rootless). Either maps root in a container to an unprivileged user on the host.</source>
        <extracomment>HC-DAEMON-USERNS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a user namespace, uid 0 in a container is uid 0 on the host: any escape, or any host path mounted into the container, is root&apos;s.</source>
        <extracomment>HC-DAEMON-USERNS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either set &quot;userns-remap&quot;: &quot;default&quot; in {config_file} (Docker creates the dockremap user and its /etc/subuid and /etc/subgid ranges) and restart the daemon (existing images and containers are not visible to the remapped daemon), or run the daemon rootless (dockerd-rootless-setuptool.sh install).</source>
        <extracomment>HC-DAEMON-USERNS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default cgroup parent is the default</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads --cgroup-parent from the daemon&apos;s command line, else &quot;cgroup-parent&quot; in its daemon.json. Warns when it is set, for review. (The reference tool never sees the daemon.json setting.) Needs host access.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cgroup parent decides which limits every container inherits; a changed parent should be deliberate.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the cgroup parent {value} is intended; otherwise remove &quot;cgroup-parent&quot; from {config_file} (or --cgroup-parent from the command line) and restart the daemon.</source>
        <extracomment>HC-DAEMON-CGROUP-PARENT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base device size is not changed without need</source>
        <extracomment>HC-DAEMON-DM-BASESIZE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes when the storage driver (/info Driver) is not devicemapper, which alone uses dm.basesize (it was removed in Engine 25). Otherwise reads --storage-opt and &quot;storage-opts&quot; from the command line and daemon.json (host access) and fails when they set dm.basesize.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger base device lets every container use more disk, which can fill the filesystem.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dm.basesize from &quot;storage-opts&quot; in {config_file} (or --storage-opt dm.basesize=... from the command line) unless it is needed, and restart the daemon.</source>
        <extracomment>HC-DAEMON-DM-BASESIZE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorization plugin controls access to the daemon</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info Plugins.Authorization. Skipped on Podman, which has no such plugins.</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an authorization plugin, anyone who can use the socket can do everything; a plugin can allow each user only some API calls.</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install an authorization plugin that fits your access policy, add it to &quot;authorization-plugins&quot; in {config_file} (or --authorization-plugin), and restart the daemon. Keep the engine patched: authorization plugins had bypasses (CVE-2024-41110).</source>
        <extracomment>HC-DAEMON-AUTHZ-PLUGIN remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container logs go to a central, remote log store</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the default logging driver (/info LoggingDriver): json-file, local and none keep logs on the host (or nowhere) and fail; journald is information (it forwards only if set up to); syslog, gelf, fluentd, awslogs, splunk, gcplogs and other drivers pass.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs kept only on the host are lost with it and can be altered by whoever takes it over.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;log-driver&quot; (for example syslog, gelf or fluentd) and its &quot;log-opts&quot; (the collector&apos;s address) in {config_file} and restart the daemon; new containers then log remotely. Current driver: {value}.</source>
        <extracomment>HC-DAEMON-REMOTE-LOGGING remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers are restricted from acquiring new privileges by default</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads --no-new-privileges from the daemon&apos;s command line, else &quot;no-new-privileges&quot; in its daemon.json (default false). Needs host access; each container&apos;s own setting is checked by the container rules.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no-new-privileges, setuid and setgid programs inside a container cannot raise privileges, which blocks a common escalation path.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;no-new-privileges&quot;: true in {config_file} (or start dockerd with --no-new-privileges) and restart the daemon (sudo systemctl restart docker); new containers get it by default.</source>
        <extracomment>HC-DAEMON-NO-NEW-PRIVILEGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live restore is enabled</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info LiveRestoreEnabled. A swarm node, where live restore is not supported, is information. Skipped on Podman, whose containers do not depend on a long-running daemon.</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With live restore, containers keep running while the daemon is restarted or upgraded, so security updates can be applied without downtime.</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;live-restore&quot;: true in {config_file} and reload the daemon (sudo systemctl reload docker, or kill -HUP the dockerd process).</source>
        <extracomment>HC-DAEMON-LIVE-RESTORE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userland proxy is disabled</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads --userland-proxy from the daemon&apos;s command line, else &quot;userland-proxy&quot; in its daemon.json (default true). Needs host access.</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userland proxy (docker-proxy) is an extra root process per published port and a larger attack surface than the kernel&apos;s NAT (hairpin NAT) that replaces it.</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;userland-proxy&quot;: false in {config_file} (or start dockerd with --userland-proxy=false) and restart the daemon (sudo systemctl restart docker).</source>
        <extracomment>HC-DAEMON-USERLAND-PROXY remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daemon-wide seccomp profile is applied</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info SecurityOptions for name=seccomp with a profile other than unconfined (profile=default or builtin is Docker&apos;s default profile; a custom profile shows its name). Containers that opt out are checked by the container rules.</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seccomp profile blocks system calls containers do not need, many of them kernel attack surface.</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;seccomp-profile&quot;: &quot;unconfined&quot; from {config_file} (or --seccomp-profile=unconfined from the command line) so the default profile applies, or set it to a custom profile that fits your workloads, and restart the daemon. The kernel must support seccomp (CONFIG_SECCOMP).</source>
        <extracomment>HC-DAEMON-SECCOMP-PROFILE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental features are off in production</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /info ExperimentalBuild, which is true when the daemon runs with --experimental (for every engine version; the reference tool skips this for engines after 19.03). Skipped on Podman, whose /info always says true.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental features are not stable, not fully reviewed and may change or disappear.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;experimental&quot;: true from {config_file} (or --experimental from the command line) and restart the daemon.</source>
        <extracomment>HC-DAEMON-EXPERIMENTAL remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker.service unit file is owned by root:root</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the docker.service unit file systemd loads (systemctl show -p FragmentPath, else /etc/systemd/system, /lib/systemd/system, /usr/lib/systemd/system) is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; whoever can change it changes how the daemon runs as root.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chown root:root {value}</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker.service unit file&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the docker.service unit file systemd loads has no permission bit outside 0644.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit file sets the daemon&apos;s command line; it must be writable by root alone.</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chmod 644 {value}</source>
        <extracomment>HC-FILES-DOCKER-SERVICE-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker.socket unit file is owned by root:root</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the docker.socket unit file systemd loads is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket unit decides where the daemon&apos;s socket is and who may use it.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker.socket unit file&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the docker.socket unit file systemd loads has no permission bit outside 0644.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket unit decides where the daemon&apos;s socket is and who may use it; it must be writable by root alone.</source>
        <extracomment>HC-FILES-DOCKER-SOCKET-UNIT-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the /etc/docker directory is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker holds daemon.json, TLS keys and registry certificates; its owner can replace any of them.</source>
        <extracomment>HC-FILES-ETC-DOCKER-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker&apos;s mode is 755 or more restrictive</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the /etc/docker directory has no permission bit outside 0755.</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group- or world-writable /etc/docker lets other users replace the daemon&apos;s configuration and keys.</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chmod 755 {value}</source>
        <extracomment>HC-FILES-ETC-DOCKER-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry certificate files are owned by root:root</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that every *.crt, *.cert and *.key file under /etc/docker/certs.d (the reference tool looks at *.crt only and ignores the group) is owned by root:root.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates decide which registries the daemon trusts and which client keys it presents; whoever owns them can swap them.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry certificate files&apos; mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every *.crt and *.cert file under /etc/docker/certs.d against 0444, and every *.key file against 0400 (a key must not be readable by others), as bit masks.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable certificates let other users make the daemon trust a registry they control; readable keys let them impersonate this host.</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the certificates read-only and the keys readable by root alone: sudo chmod 444 on each *.crt and *.cert file and sudo chmod 400 on each *.key file among {value}</source>
        <extracomment>HC-FILES-REGISTRY-CERTS-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS CA certificate file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-CA-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can replace the CA certificate decides which clients the daemon accepts.</source>
        <extracomment>HC-FILES-TLS-CA-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS CA certificate file&apos;s mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-TLS-CA-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writable CA certificate lets another user make the daemon accept their own client certificates.</source>
        <extracomment>HC-FILES-TLS-CA-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chmod 444 {value}</source>
        <extracomment>HC-FILES-TLS-CA-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can replace the server certificate can make clients talk to an impostor.</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate file&apos;s mode is 444 or more restrictive</source>
        <extracomment>HC-FILES-TLS-CERT-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writable server certificate can be swapped for another.</source>
        <extracomment>HC-FILES-TLS-CERT-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS key file is owned by root:root</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds the daemon&apos;s private key can impersonate the daemon to every client.</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS key file&apos;s mode is 400</source>
        <extracomment>HC-FILES-TLS-KEY-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the daemon&apos;s private key, which must have mode 0400 exactly. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-KEY-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key readable by other users lets them impersonate the daemon.</source>
        <extracomment>HC-FILES-TLS-KEY-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chmod 400 {value}</source>
        <extracomment>HC-FILES-TLS-KEY-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker socket is owned by root:docker</source>
        <extracomment>HC-FILES-SOCKET-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the owner of the socket the daemon really listens on (this scan&apos;s socket, else the daemon&apos;s -H unix:// or the docker.socket ListenStream; the reference tool only looks at /var/run/docker.sock). The group must be the daemon&apos;s socket group (--group, default docker) or root; a rootless daemon&apos;s socket belongs to its user.</source>
        <extracomment>HC-FILES-SOCKET-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is root on the host: its owner and group decide who gets that.</source>
        <extracomment>HC-FILES-SOCKET-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chown root:docker {value} (the daemon recreates the socket at start: set its group with &quot;group&quot; in {config_file} or SocketGroup in docker.socket)</source>
        <extracomment>HC-FILES-SOCKET-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker socket&apos;s mode is 660 or more restrictive</source>
        <extracomment>HC-FILES-SOCKET-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the mode of the socket the daemon really listens on, against 0660 as a bit mask (0606, which the reference tool passes, fails).</source>
        <extracomment>HC-FILES-SOCKET-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket others can write to gives every local user root on the host.</source>
        <extracomment>HC-FILES-SOCKET-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chmod 660 {value} (the daemon recreates the socket at start: set SocketMode=0660 in docker.socket)</source>
        <extracomment>HC-FILES-SOCKET-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json is owned by root:root</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json holds the daemon&apos;s security settings; its owner can weaken all of them.</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daemon.json writable by other users lets them change the daemon&apos;s settings.</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/default/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/default/docker&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can add flags to the daemon&apos;s command line; it must be writable by root alone.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker&apos;s mode is 644 or more restrictive</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/sysconfig/docker is owned by root:root</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd socket is owned by root:root</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd socket gives full control of every container, as the Docker socket does, with no group meant to use it.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chown root:root {value} (containerd recreates its socket at start: set [grpc] uid and gid in /etc/containerd/config.toml)</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd socket&apos;s mode is 660 or more restrictive</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A containerd socket others can write to gives every local user root on the host.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo chmod 660 {value}</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers run as a non-root user</source>
        <extracomment>HC-CONTAINER-ROOT-USER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user each container runs as: Config.User of the container, or of its image when the container sets none. Empty, &quot;0&quot;, &quot;root&quot; and any &quot;0:&lt;gid&gt;&quot; or &quot;root:&lt;group&gt;&quot; mean root (&quot;--user 0:0&quot; is root, which the reference tool misses). &quot;1000&quot;, &quot;app&quot; and &quot;1000:0&quot; are not root. Containers in every state are checked.</source>
        <extracomment>HC-CONTAINER-ROOT-USER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process that runs as root in a container is root on the host as soon as it escapes the container&apos;s isolation (a kernel or runtime bug, a mounted socket, a dangerous capability). A non-root user turns many escapes into harmless failures. With user namespaces or rootless mode root is mapped to an unprivileged host user, which is reported as a warning instead.</source>
        <extracomment>HC-CONTAINER-ROOT-USER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a USER instruction with a numeric, unprivileged UID (for example &quot;USER 10001:10001&quot;) to the Dockerfile of {image} and rebuild it, or recreate {name} with &quot;docker run --user 10001:10001 ...&quot; (the current user is {value}). Make the files the process writes owned by that user.</source>
        <extracomment>HC-CONTAINER-ROOT-USER remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images come only from trusted registries</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registries an image was pulled from (its RepoDigests) against the policy&apos;s trustedRegistries. With no allow-list in the policy, the registries are listed for review (info). Images that were built locally or loaded have no registry digest; where their base image came from cannot be seen through the API (info).</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image from an unknown registry or publisher can carry malware or backdoors that run with the container&apos;s privileges. Restricting pulls to registries the organisation trusts is the first control on what runs.</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull {name} from a registry listed in the policy (trustedRegistries), for example a mirror that scans and signs what it serves, or add {value} to trustedRegistries if it is trusted. Remove the image with &quot;docker image rm {short_id}&quot; once nothing uses it.</source>
        <extracomment>HC-IMAGE-TRUSTED-REGISTRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images carry no compilers or build tools</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image history (GET /images/{id}/history) parsed for package installs of compilers and build tools (build-essential, gcc, make, cmake, golang, maven, ...) that no later step removes, and for compiler runs (make, go build, cargo build, mvn, ...) in steps that do not clean up afterwards. The full package list needs a software bill of materials; this is the part the API shows.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every package in an image is attack surface and a source of vulnerability reports. Compilers in particular let an intruder build tools inside the container. A multi-stage build keeps the toolchain in the build stage and ships only the result.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild {name} with a multi-stage Dockerfile: compile in a &quot;FROM ... AS build&quot; stage and &quot;COPY --from=build&quot; only the artifacts into a minimal final stage, so {value} stay out of the final image. If tools must be installed, remove them in the same RUN instruction.</source>
        <extracomment>HC-IMAGE-BUILD-TOOLS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are rebuilt regularly to include security fixes</source>
        <extracomment>HC-IMAGE-AGE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s creation time against the time of the scan, with the policy&apos;s maxImageAgeDays (365 by default) as the limit. Images with a fixed reproducible-build timestamp (1970) are skipped: their age is unknown. Whether an image has known vulnerabilities needs a scanner; age shows which images have certainly not received the fixes published since they were built.</source>
        <extracomment>HC-IMAGE-AGE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is a frozen set of packages. Security fixes reach a container only when its image is rebuilt from an updated base and the container is recreated.</source>
        <extracomment>HC-IMAGE-AGE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild {name} from an updated base image (&quot;docker build --pull --no-cache ...&quot;), scan it (for example with Trivy or Docker Scout), push it and recreate the containers that use it. It is {value} days old.</source>
        <extracomment>HC-IMAGE-AGE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content trust is enabled for Docker clients</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_CONTENT_TRUST is an environment variable of the docker client: each user&apos;s CLI reads it when it pulls, pushes or runs images. The daemon neither enforces it nor reports it, so this is reported once per daemon as information. (The reference tool tests the environment of the shell it runs in, which says nothing about the daemon&apos;s users.)</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With content trust the client only pulls signed images, which protects against tampered or replayed tags.</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;export DOCKER_CONTENT_TRUST=1&quot; in the environment of every user and CI job that pulls or runs images on {name}, sign the images you publish (&quot;docker trust sign&quot;), and prefer digests over tags.</source>
        <extracomment>HC-DAEMON-CONTENT-TRUST remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images define a HEALTHCHECK</source>
        <extracomment>HC-IMAGE-HEALTHCHECK title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.Healthcheck of the image. A healthcheck whose test is NONE (HEALTHCHECK NONE) counts as none.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a healthcheck, Docker only knows whether the main process exists, not whether it works. A healthcheck lets the engine, orchestrators and monitoring notice a hung or broken service.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a HEALTHCHECK instruction to the Dockerfile of {name} that tests the service itself, for example &quot;HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1&quot;, and rebuild.</source>
        <extracomment>HC-IMAGE-HEALTHCHECK remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package index updates are not used alone in a build step</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image history parsed command by command: a RUN step that updates a package index (apt-get update, apt update, apk update, yum/dnf update or makecache, zypper refresh) without installing or upgrading in the same step. A mere occurrence of the word &quot;update&quot; (update-ca-certificates, pip install --upgrade) does not count.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that only updates the index is cached as its own layer. Later builds reuse the cached, stale index, so the packages installed by later steps can be outdated.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Dockerfile of {name}, join the update with the install in one RUN instruction, for example &quot;RUN apt-get update &amp;&amp; apt-get install -y --no-install-recommends pkg &amp;&amp; rm -rf /var/lib/apt/lists/*&quot;, and rebuild. Found: {value}.</source>
        <extracomment>HC-IMAGE-UPDATE-ALONE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setuid and setgid permissions are removed from images</source>
        <extracomment>HC-IMAGE-SETUID title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the image&apos;s files for setuid and setgid binaries. The Engine API does not list file modes; it needs the image&apos;s filesystem (docker save, or a scanner that lists them).</source>
        <extracomment>HC-IMAGE-SETUID description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setuid and setgid binaries let an unprivileged user in the container gain the owner&apos;s privileges, often root.</source>
        <extracomment>HC-IMAGE-SETUID rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with &quot;docker run --rm --entrypoint find {name} / -xdev -perm /6000 -type f&quot; and remove the bits that are not needed in the Dockerfile (&quot;RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +&quot;), or run containers with --security-opt no-new-privileges.</source>
        <extracomment>HC-IMAGE-SETUID remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY is used instead of ADD</source>
        <extracomment>HC-IMAGE-ADD title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD instructions in the image history, except the base image&apos;s root filesystem (the oldest step, &quot;ADD file:... in /&quot;). The evidence names the kind of source (local files or remote URL) and the destination, not the URL.</source>
        <extracomment>HC-IMAGE-ADD description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD fetches remote URLs without verification and unpacks local archives implicitly, which can bring unexpected files into the image. COPY only copies.</source>
        <extracomment>HC-IMAGE-ADD rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Dockerfile of {name}, replace ADD by COPY (destination {value}); download remote files with a verified checksum in a RUN step or a build stage, and unpack archives explicitly.</source>
        <extracomment>HC-IMAGE-ADD remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images hold no secrets</source>
        <extracomment>HC-IMAGE-SECRETS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret-looking names (PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS, ...) with a value, and secret-looking values under any name (private keys, AWS access key ids, known token formats, credentials in URLs, long random tokens), in the image&apos;s Config.Env, its labels, the ENV and ARG instructions and build arguments of its history, and its RUN commands. Names ending in _FILE or _PATH (references to secret files) are not secrets. The evidence names the key and where it is, never the value.</source>
        <extracomment>HC-IMAGE-SECRETS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can pull an image can read its environment and history; secrets baked into an image leak to every registry, cache and host it reaches, and cannot be rotated without rebuilding.</source>
        <extracomment>HC-IMAGE-SECRETS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {value} from the Dockerfile of {name}: pass secrets at build time with &quot;RUN --mount=type=secret&quot; and at run time with docker secrets, a mounted file or the orchestrator&apos;s secret store. Rebuild and push the image, delete the old tags, and rotate every secret that was in it.</source>
        <extracomment>HC-IMAGE-SECRETS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only verified packages are installed in images</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review that image builds install packages only from repositories whose signatures are checked (no --allow-unauthenticated, --nogpgcheck, trusted=yes, or curl | sh without a checksum). Reviewed once per daemon because it concerns how images are built.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified packages can be replaced in transit or at the source, putting attacker code into every image built from them.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the distribution&apos;s signed repositories, pin and verify checksums of downloaded artifacts in the Dockerfiles of the images that run on {name}, and fail the build when verification fails.</source>
        <extracomment>HC-DAEMON-VERIFIED-PACKAGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed artifacts are validated</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review that signed artifacts used in image builds (packages, archives, base images) have their signatures validated before use. Reviewed once per daemon because it concerns how images are built.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature that is never checked protects nothing.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate signatures (gpg --verify, cosign verify, docker trust inspect) in the build pipeline of every image run on {name} and stop the build on failure.</source>
        <extracomment>HC-DAEMON-SIGNED-ARTIFACTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm mode is not enabled unless needed</source>
        <extracomment>HC-DAEMON-SWARM-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info Swarm.LocalNodeState. A node that is part of a swarm (active, pending, locked or in error) is reported for review; a daemon without swarm fields (Podman) passes.</source>
        <extracomment>HC-DAEMON-SWARM-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm mode opens management and data ports (2377, 7946, 4789) and runs a raft store and a CA. When no service needs it, it is attack surface only.</source>
        <extracomment>HC-DAEMON-SWARM-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {name} runs no swarm services, leave the swarm with &quot;docker swarm leave&quot; (on a manager: &quot;docker swarm leave --force&quot; after demoting it).</source>
        <extracomment>HC-DAEMON-SWARM-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AppArmor profile confines the container (if applicable)</source>
        <extracomment>HC-CONTAINER-APPARMOR title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppArmor profile the container runs under: --security-opt apparmor=..., else the recorded AppArmorProfile, else &quot;unconfined&quot; for privileged containers and docker-default for the others. Only applicable when the daemon reports AppArmor (/info SecurityOptions name=apparmor); elsewhere the result is skip &quot;host has no AppArmor&quot; (the reference tool warns on every container of such hosts).</source>
        <extracomment>HC-CONTAINER-APPARMOR description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor limits what a container&apos;s processes may do with files, mounts and the kernel even when they run as root, and blocks many escape techniques.</source>
        <extracomment>HC-CONTAINER-APPARMOR rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--security-opt apparmor=unconfined&quot; and without --privileged, so that Docker applies docker-default, or with a profile of your own: &quot;docker run --security-opt apparmor=PROFILE ...&quot;.</source>
        <extracomment>HC-CONTAINER-APPARMOR remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELinux security options are set (if applicable)</source>
        <extracomment>HC-CONTAINER-SELINUX title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s SELinux label: label options in HostConfig.SecurityOpt or the ProcessLabel Docker assigned. &quot;label=disable&quot; fails, including when Docker added it itself for --privileged, --pid=host or --ipc=host containers (the reference tool passes those, and counts any security option, such as no-new-privileges, as an SELinux option). Only applicable when the daemon runs with SELinux support (/info SecurityOptions name=selinux); elsewhere the result is skip.</source>
        <extracomment>HC-CONTAINER-SELINUX description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELinux type enforcement and MCS labels keep containers away from host files and from each other, even when a process runs as root.</source>
        <extracomment>HC-CONTAINER-SELINUX rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without --privileged, --pid=host, --ipc=host and &quot;--security-opt label=disable&quot;, so that Docker assigns a container_t label, or set one explicitly with &quot;--security-opt label=type:TYPE&quot;.</source>
        <extracomment>HC-CONTAINER-SELINUX remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux capabilities are restricted</source>
        <extracomment>HC-CONTAINER-CAPABILITIES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.CapAdd against Docker&apos;s default set, HostConfig.CapDrop, and Privileged (which grants every capability). Added dangerous capabilities (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, ALL) or a privileged container fail; other capabilities beyond the default set warn; &quot;--cap-drop ALL&quot; is reported as the good state, and keeping the whole default set as information.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power. SYS_ADMIN, SYS_MODULE or SYS_PTRACE alone are enough to leave most containers; every capability the process does not need is attack surface.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--cap-drop ALL&quot; and add back only what the process needs (for example &quot;--cap-add NET_BIND_SERVICE&quot;); remove &quot;--cap-add {value}&quot; and --privileged.</source>
        <extracomment>HC-CONTAINER-CAPABILITIES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged containers are not used</source>
        <extracomment>HC-CONTAINER-PRIVILEGED title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Privileged, for containers in every state.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged container has every capability, every host device, no seccomp, AppArmor or SELinux confinement: root in it is root on the host.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without --privileged. Grant only the specific capabilities (&quot;--cap-add ...&quot;) and devices (&quot;--device /dev/...&quot;) the workload needs.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive host directories are not mounted</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind mounts (and local volumes that bind a host path) whose source is /, or is /boot, /dev, /etc, /lib, /proc, /sys, /usr, /run (/var/run) or the daemon&apos;s data root, or lies below one of them. Read-only does not make / /etc /proc or /run safe: they hold credentials, other processes&apos; environments and sockets (which work through a read-only mount), so those fail read-only too; read-only mounts of the other paths warn. A few read-only mounts of harmless files (time zone, CA certificates) are ignored. (The reference tool only matches the exact paths and only writable mounts: &quot;-v /:/host:ro&quot; and &quot;/etc/ssh&quot; pass there.)</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container that can write /etc, /boot or /usr of the host can take it over; one that can read / or /etc can read its password hashes, SSH host keys and TLS keys.</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without the bind mount of {value}. Mount only the specific files the workload needs, read-only (&quot;-v /host/app-config:/etc/app:ro&quot;), or use a named volume.</source>
        <extracomment>HC-CONTAINER-SENSITIVE-MOUNTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd does not run in containers</source>
        <extracomment>HC-CONTAINER-SSHD title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s processes as the daemon&apos;s ps sees them (GET /containers/{id}/top; nothing is executed in the container, so images without ps are covered). sshd (also as &quot;sshd: ...&quot; process titles) fails; a command that only mentions sshd does not count. A container sharing the host&apos;s PID namespace shows the host&apos;s processes, which cannot be attributed: that is a warning, not a false result. Port 22 exposed also warns. Containers that are not running are skipped (unless they expose port 22).</source>
        <extracomment>HC-CONTAINER-SSHD description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH daemon in a container is another service to patch, another credential store, and a way around the audit trail of docker exec.</source>
        <extracomment>HC-CONTAINER-SSHD rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SSH server from {image} and recreate {name} without publishing port 22; use &quot;docker exec -it {name} sh&quot; for interactive access.</source>
        <extracomment>HC-CONTAINER-SSHD remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged host ports are not mapped</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published host ports below 1024, from HostConfig.PortBindings (so stopped and created containers count too) and, for running containers, NetworkSettings.Ports.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below 1024 are reserved for privileged services on the host; publishing container services there blurs that line and can shadow host services.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} publishing host port {value} on a port of 1024 or above (&quot;-p 8080:80&quot;), and put a load balancer or reverse proxy in front if a low port is needed.</source>
        <extracomment>HC-CONTAINER-PRIVILEGED-PORTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed ports are open on the container</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every published port (HostConfig.PortBindings, and NetworkSettings.Ports of running containers) for review; a container without published ports passes. Whether a port is needed is the user&apos;s call, so this is information, not a failure.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every published port is reachable from outside the host; unneeded ones widen the attack surface.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} publishing only the ports its clients need (now {evidence}); reach the others over a user-defined network instead.</source>
        <extracomment>HC-CONTAINER-PUBLISHED-PORTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s network namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.NetworkMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the host&apos;s network namespace the container sees and can bind every host interface, reach services on localhost and, with NET_ADMIN or NET_RAW, change or sniff host traffic.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} on a user-defined bridge network (&quot;docker network create app-net&quot; then &quot;docker run --network app-net ...&quot;) and publish only the ports it serves.</source>
        <extracomment>HC-CONTAINER-HOST-NETWORK remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory usage is limited</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Memory is above 0.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container without a memory limit can exhaust the host&apos;s memory and make the kernel kill other containers or host processes.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --memory 512m --memory-swap 512m {name}&quot; (size it from &quot;docker stats&quot;), and add the same --memory to how {name} is created.</source>
        <extracomment>HC-CONTAINER-MEMORY-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU priority or limits are set</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of HostConfig.CpuShares, NanoCpus (--cpus) or CpuQuota is above 0 (the reference tool ignores CpuQuota).</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a CPU share or quota, one busy container can starve the others and the host.</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --cpus 1 {name}&quot; (or &quot;--cpu-shares 512&quot; for a relative weight), and add the same flag to how {name} is created.</source>
        <extracomment>HC-CONTAINER-CPU-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s root filesystem is read-only</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.ReadonlyRootfs is true.</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only root filesystem stops an intruder from changing the container&apos;s programs and configuration, and makes the data the application writes explicit (volumes, tmpfs).</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--read-only&quot;, giving the paths it writes a volume or a tmpfs (&quot;--tmpfs /tmp --tmpfs /run -v app-data:/var/lib/app&quot;).</source>
        <extracomment>HC-CONTAINER-READONLY-ROOTFS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic is bound to a specific host interface</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports whose host address is a wildcard: 0.0.0.0, the IPv6 :: (missed by the reference tool), or empty, which means the daemon&apos;s default address (its --ip, 0.0.0.0 unless changed; read from the network&apos;s host_binding_ipv4 option). From HostConfig.PortBindings, so stopped containers count too.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port published on every interface is reachable from every network the host is on, including ones the service was never meant for; Docker&apos;s iptables rules also bypass host firewalls such as ufw.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} publishing {value} on one address, for example &quot;-p 127.0.0.1:8080:80&quot; or &quot;-p 10.0.0.5:8080:80&quot;; set the daemon&apos;s default with &quot;ip&quot; in {config_file} to make that the rule.</source>
        <extracomment>HC-CONTAINER-PORT-WILDCARD remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-failure restart policy is limited to 5 retries</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.RestartPolicy. &quot;on-failure&quot; with more than 5 retries fails, and so does &quot;on-failure&quot; without a maximum (MaximumRetryCount 0), which retries forever; 1 to 5 retries pass. &quot;no&quot;, &quot;always&quot; and &quot;unless-stopped&quot; pass: MaximumRetryCount means nothing for them. Swarm tasks are skipped: the service&apos;s restart policy governs them. (The reference tool got this wrong both ways several times.)</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container that fails and restarts without end can hide an attack, fill logs and exhaust host resources.</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the policy without recreating the container: &quot;docker update --restart on-failure:5 {name}&quot; (now {value}).</source>
        <extracomment>HC-CONTAINER-RESTART-POLICY remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s process namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-PID title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.PidMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-PID description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the host&apos;s PID namespace the container sees every host process, can signal them and, with ptrace, read their memory and environment.</source>
        <extracomment>HC-CONTAINER-HOST-PID rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--pid=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-PID remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s IPC namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-IPC title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.IpcMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-IPC description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the host&apos;s IPC namespace the container can read and change host shared memory and semaphores.</source>
        <extracomment>HC-CONTAINER-HOST-IPC rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--ipc=host&quot; (use &quot;--ipc=shareable&quot; and &quot;--ipc=container:NAME&quot; between containers).</source>
        <extracomment>HC-CONTAINER-HOST-IPC remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host devices are not exposed to containers</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Devices, DeviceRequests (GPUs) and DeviceCgroupRules; a privileged container has every device. Often needed on purpose (GPUs, serial ports), so this warns for review.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device node gives direct access to hardware: a disk device, for example, lets the container read and write the host&apos;s filesystems underneath every other control.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with only the devices it needs, with the least access (&quot;--device /dev/ttyUSB0:/dev/ttyUSB0:r&quot;), and without --privileged.</source>
        <extracomment>HC-CONTAINER-HOST-DEVICES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ulimits are overridden only when needed</source>
        <extracomment>HC-CONTAINER-ULIMITS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists containers that override the daemon&apos;s default ulimits (HostConfig.Ulimits) for review. (The reference tool lists the opposite: the containers that keep the defaults.) Podman writes its own defaults (RLIMIT_NOFILE, RLIMIT_NPROC) into every container, so they are listed there too.</source>
        <extracomment>HC-CONTAINER-ULIMITS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon-wide defaults are the reviewed baseline; a per-container override should be a deliberate, reviewed exception.</source>
        <extracomment>HC-CONTAINER-ULIMITS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the ulimits of {name} ({value}); recreate it without &quot;--ulimit&quot; where the daemon&apos;s defaults suffice.</source>
        <extracomment>HC-CONTAINER-ULIMITS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount propagation is not shared</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mount of the container whose Propagation is &quot;shared&quot; or &quot;rshared&quot;.</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With shared propagation, mounts made inside the container appear on the host and the other way round, so a container can change what the host sees.</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with private propagation on its bind mounts (&quot;-v /src:/dst&quot; or &quot;--mount type=bind,src=/src,dst=/dst,bind-propagation=rprivate&quot;).</source>
        <extracomment>HC-CONTAINER-MOUNT-PROPAGATION remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s UTS namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-UTS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.UTSMode is &quot;host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-UTS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the host&apos;s UTS namespace the container can see and (with SYS_ADMIN) change the host&apos;s hostname.</source>
        <extracomment>HC-CONTAINER-HOST-UTS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--uts=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-UTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default seccomp profile is not disabled</source>
        <extracomment>HC-CONTAINER-SECCOMP title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;seccomp=unconfined&quot; in HostConfig.SecurityOpt, a privileged container (Docker applies no seccomp profile to it), or a daemon whose own default profile is unconfined. A custom profile passes with a note to review it. Skipped when the daemon reports no seccomp support.</source>
        <extracomment>HC-CONTAINER-SECCOMP description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 44 system calls that containers do not need and that kernel exploits and escapes rely on.</source>
        <extracomment>HC-CONTAINER-SECCOMP rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--security-opt seccomp=unconfined&quot; and without --privileged; if a system call is missing, use a copy of Docker&apos;s default profile that allows just that call (&quot;--security-opt seccomp=/path/profile.json&quot;).</source>
        <extracomment>HC-CONTAINER-SECCOMP remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker exec is not used with --privileged</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the daemon&apos;s events and audit logs for &quot;docker exec --privileged&quot;. Exec sessions are not part of the snapshot (GET /exec/{id}/json only while they are retained).</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged exec session gets every capability in a container that was deliberately started without them.</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch &quot;docker events --filter event=exec_create&quot; on {name} and forbid --privileged exec with an authorization plugin.</source>
        <extracomment>HC-DAEMON-EXEC-PRIVILEGED remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker exec is not used with --user=root</source>
        <extracomment>HC-DAEMON-EXEC-ROOT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the daemon&apos;s events and audit logs for &quot;docker exec --user root&quot; (or 0). Exec sessions are not part of the snapshot.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exec session as root undoes the non-root user the container was started with.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch &quot;docker events --filter event=exec_create&quot; on {name} and forbid root exec sessions with an authorization plugin.</source>
        <extracomment>HC-DAEMON-EXEC-ROOT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup usage is confirmed</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.CgroupParent is set: the container runs under a cgroup other than the daemon&apos;s default, which should be a deliberate choice.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container placed under an arbitrary cgroup can escape the limits and accounting the daemon&apos;s default cgroup applies.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that {value} is the intended cgroup for {name}; otherwise recreate it without &quot;--cgroup-parent&quot;.</source>
        <extracomment>HC-CONTAINER-CGROUP-PARENT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers cannot acquire additional privileges</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;no-new-privileges&quot; in the container&apos;s HostConfig.SecurityOpt, or set daemon-wide (--no-new-privileges or daemon.json, readable for local daemons). &quot;no-new-privileges:false&quot; on the container overrides the daemon default and fails. On a remote daemon, where the default cannot be seen, a container without the option warns.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-new-privileges stops setuid binaries and file capabilities from raising a process&apos;s privileges, closing a common path from a compromised application user to root.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with &quot;--security-opt no-new-privileges&quot;, or set &quot;no-new-privileges&quot;: true in {config_file} and restart the daemon to make it the default for new containers.</source>
        <extracomment>HC-CONTAINER-NO-NEW-PRIVILEGES remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container health is checked at runtime</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s healthcheck (Config.Healthcheck, or its image&apos;s), in every state; a test of NONE (--no-healthcheck) counts as none. For running containers, State.Health: unhealthy warns.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A healthcheck lets Docker and the orchestrator see that a running container no longer works, and restart or replace it.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with a healthcheck (&quot;--health-cmd &apos;wget -qO- http://localhost:8080/health || exit 1&apos; --health-interval 30s&quot;), or add a HEALTHCHECK to the Dockerfile of {image}.</source>
        <extracomment>HC-CONTAINER-HEALTHCHECK remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers use a pinned image version, not :latest</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.Image: no tag or &quot;:latest&quot; fails (the reference tool evaluates nothing here). A version tag passes when the image has a registry digest; it warns when the image has none (built locally or loaded: the tag cannot be verified) or when the tag now names another image than the one the container runs. A digest or an image ID is pinned.</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;:latest&quot; names whatever was pushed last: two hosts, or one host before and after a pull, run different code under the same name, and a rollback has nothing to go back to.</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} from a version tag or, better, a digest: &quot;docker run ... IMAGE:1.2.3&quot; or &quot;IMAGE@sha256:...&quot; (see &quot;docker image inspect --format &apos;{{.RepoDigests}}&apos; {value}&quot;).</source>
        <extracomment>HC-CONTAINER-IMAGE-PINNED remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIDs cgroup limit is used</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.PidsLimit is above 0 (0, -1 and null mean no limit).</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a PIDs limit a fork bomb in one container exhausts the host&apos;s process table.</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a limit without recreating the container: &quot;docker update --pids-limit 200 {name}&quot;, and add the same --pids-limit to how {name} is created.</source>
        <extracomment>HC-CONTAINER-PIDS-LIMIT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default bridge docker0 is not used</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is attached to the network whose bridge is docker0 (com.docker.network.bridge.name), which is marked as the default bridge, or which is named &quot;bridge&quot;.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the default bridge every container can reach every other (inter-container communication is on unless the daemon turns it off), and names do not resolve. User-defined networks isolate groups of containers.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user-defined network and move {name} to it: &quot;docker network create app-net&quot;, &quot;docker network connect app-net {name}&quot;, &quot;docker network disconnect {value} {name}&quot;.</source>
        <extracomment>HC-CONTAINER-DEFAULT-BRIDGE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s user namespace is not shared</source>
        <extracomment>HC-CONTAINER-HOST-USERNS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.UsernsMode is &quot;host&quot; (which opts out of the daemon&apos;s user namespace remapping).</source>
        <extracomment>HC-CONTAINER-HOST-USERNS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the host&apos;s user namespace, root in the container is root on the host.</source>
        <extracomment>HC-CONTAINER-HOST-USERNS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--userns=host&quot;.</source>
        <extracomment>HC-CONTAINER-HOST-USERNS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker socket is not mounted in containers</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mount (bind, or a volume that binds a host path) whose source is the daemon&apos;s real socket (the one this scan used), any directory above it (/run, /var/run, the socket&apos;s own directory, /), the default Docker, containerd or Podman socket or their directories, or any path named docker.sock, podman.sock or containerd.sock. A read-only mount does not help: connect(2) works through it. (The reference tool searches the text &quot;docker.sock&quot; and misses a mounted socket directory or a socket with another name.)</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is the daemon&apos;s full API: a container that can reach it can start a privileged container that mounts the host&apos;s root, which is root on the host.</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without the mount of {value} ({socket} is the daemon&apos;s socket). If the container must manage containers, give it a socket proxy that allows only the needed API calls, read-only, or use rootless Docker.</source>
        <extracomment>HC-CONTAINER-DOCKER-SOCKET remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image sprawl is avoided</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the daemon&apos;s images: how many are in use by a container in any state (running, stopped or created), how many are unused, and how many are untagged. Reported as information. (The reference tool prints these counts per container and swapped.)</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused images keep old, unpatched software on the host, use disk space and make it harder to know what is deployed. Removing them leaves only what is needed.</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the {value} unused images on {name} (&quot;docker image ls&quot;, &quot;docker ps -a --format &apos;{{.Image}}&apos;&quot;) and remove those no longer needed with &quot;docker image prune -a&quot; (removes every image no container uses) or &quot;docker image rm IMAGE&quot;.</source>
        <extracomment>HC-DAEMON-IMAGE-SPRAWL remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container sprawl is avoided</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the daemon&apos;s containers by state (running, paused, exited, created, dead) from the snapshot and compares with /info. Reported as information.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped containers keep their configuration, environment (including secrets) and writable layer on the host, and can be restarted by mistake. Removing those no longer needed keeps the host clean and the inventory meaningful.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the {value} containers on {name} that are not running (&quot;docker ps -a --filter status=exited --filter status=created&quot;) and remove those no longer needed with &quot;docker container prune&quot; or &quot;docker rm NAME&quot;.</source>
        <extracomment>HC-DAEMON-CONTAINER-SPRAWL remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm has the minimum number of manager nodes</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of managers and nodes of the swarm (/info Swarm.Managers, Swarm.Nodes, on a manager). More than seven managers, or an even number of them (which adds no fault tolerance), is reported. (The reference tool counts raft leaders, which is always one.)</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every manager holds the cluster&apos;s state and keys. More managers than the fault tolerance needs only widens the attack surface.</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an odd number of managers (1, 3, 5 or 7) sized for the fault tolerance you need, and demote the others with &quot;docker node demote NODE&quot; (there are {value} now).</source>
        <extracomment>HC-DAEMON-SWARM-MANAGERS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm services are bound to a specific host interface</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm&apos;s management port 2377 should listen on one interface. The API shows the node&apos;s advertised address (Swarm.NodeAddr) but not the listening socket, which needs host access: this is a review item with the address as evidence.</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A management port that listens on every interface is reachable from networks that should not reach it.</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with &quot;ss -lntp | grep 2377&quot; on the host of {name}. If it listens on 0.0.0.0 or [::], re-join or re-initialise the node with &quot;--listen-addr {value}:2377&quot; (or another single address).</source>
        <extracomment>HC-DAEMON-SWARM-LISTEN-ADDRESS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay networks are encrypted</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay networks of the snapshot whose options lack &quot;encrypted&quot;.</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, container traffic between swarm nodes crosses the network in clear text (VXLAN).</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the overlay network {value} with encryption: &quot;docker network create --driver overlay --opt encrypted NAME&quot;, then move the services to it (&quot;docker service update --network-rm OLD --network-add NAME SERVICE&quot;).</source>
        <extracomment>HC-DAEMON-SWARM-OVERLAY-ENCRYPTION remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm secrets are managed with docker secret</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review that services get their secrets from docker secret. Swarm secrets are not part of the snapshot; secret-looking environment variables of containers are reported by HC-CONTAINER-SECRETS.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker secrets are encrypted at rest in the raft log and only mounted into the services that need them, unlike environment variables.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create secrets with &quot;docker secret create NAME FILE&quot; and give them to services with &quot;docker service update --secret-add NAME SERVICE&quot;; read them from /run/secrets/NAME instead of environment variables.</source>
        <extracomment>HC-DAEMON-SWARM-SECRETS remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm manager auto-lock is enabled</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec.EncryptionConfig.AutoLockManagers of the swarm (from /info on a manager).</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without auto-lock, the keys that decrypt the raft log are stored on disk next to it; anyone with the manager&apos;s disk has the swarm&apos;s secrets.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;docker swarm update --autolock=true&quot; on a manager and store the unlock key it prints in a password manager; managers then need &quot;docker swarm unlock&quot; after a restart.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm manager auto-lock key is rotated periodically</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review that the unlock key is rotated on a schedule; the API does not show when it last changed. Reports when auto-lock is off, since there is then no key to rotate.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key that never changes stays valid for everyone who ever saw it.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key with &quot;docker swarm unlock-key --rotate&quot; on a schedule, and keep the previous key until every manager has been restarted once.</source>
        <extracomment>HC-DAEMON-SWARM-AUTOLOCK-ROTATION remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node certificates are rotated as appropriate</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec.CAConfig.NodeCertExpiry of the swarm against a maximum of 90 days (Docker&apos;s default is 90 days, which passes; the reference tool only passes a setting of exactly 2 days).</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-lived node certificates limit how long a stolen certificate can be used.</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a shorter certificate lifetime with &quot;docker swarm update --cert-expiry 720h&quot; (30 days; now {value} days).</source>
        <extracomment>HC-DAEMON-SWARM-NODE-CERT-EXPIRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm root CA is rotated as appropriate</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review that the root CA certificate is rotated on a schedule. The API shows whether a rotation is in progress but not when the last one happened.</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the root CA limits the damage of a leaked CA key and renews every node certificate.</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the root CA with &quot;docker swarm ca --rotate&quot; on a schedule (and at once if its key may have leaked).</source>
        <extracomment>HC-DAEMON-SWARM-CA-ROTATION remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management plane traffic is separated from data plane traffic</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review that container (data path) traffic uses another interface than swarm management. The node address is shown; the data path address is not exposed by /info.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate interfaces keep a flood or compromise of application traffic away from the control plane.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise or join nodes with &quot;--advertise-addr&quot; on the management interface ({value}) and &quot;--data-path-addr&quot; on a separate data interface.</source>
        <extracomment>HC-DAEMON-SWARM-PLANE-SEPARATION remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon is not reached over plain TCP</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails when this scan reached the daemon over TCP without TLS. A unix socket or a TLS connection passes.</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS, the API traffic (every container&apos;s configuration, environment values included) crosses the network in clear text, and nothing proves the other end is the daemon. A daemon that accepts plain TCP also gives root on its host to anyone who reaches the port.</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect over a unix socket, or over TLS with verification: give the daemon a certificate (&quot;tlsverify&quot;, &quot;tlscacert&quot;, &quot;tlscert&quot;, &quot;tlskey&quot; in daemon.json, port 2376) and connect with --tlsverify --tlscacert --tlscert --tlskey (or DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).</source>
        <extracomment>HC-CONNECTION-PLAIN-TCP remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s TLS certificate is verified</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a TLS connection, fails when the daemon&apos;s certificate was not verified (the user connected with --tls but without --tlsverify). Hullcheck only connects that way when asked to explicitly.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without verification, anyone between this machine and the daemon can pose as the daemon: the scan&apos;s results cannot be trusted, and the client certificate is presented to whoever answers.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with --tlsverify and the CA that signed the daemon&apos;s certificate (--tlscacert, or ca.pem in DOCKER_CERT_PATH). If verification fails, fix the cause it names (unknown CA, host name, expiry) instead of switching it off.</source>
        <extracomment>HC-CONNECTION-TLS-VERIFY remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key is readable by its owner only</source>
        <extracomment>HC-CONNECTION-KEY-MODE title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a TLS connection with a client certificate, fails when the client key file (its target, for a symlink) grants any permission to its group or to others (mode bits outside 0600, compared as a mask), as stat(2) saw it when the snapshot was taken.</source>
        <extracomment>HC-CONNECTION-KEY-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key is the credential for the daemon, and the daemon is root on its host: whoever can read the key can start a privileged container there.</source>
        <extracomment>HC-CONNECTION-KEY-MODE rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the key readable by its owner only: chmod 600 {value} (the docker CLI&apos;s own key files are 0600 as well), and replace the certificate and key if others may have copied it.</source>
        <extracomment>HC-CONNECTION-KEY-MODE remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate is valid and not about to expire</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a TLS connection with a client certificate, fails when the certificate had expired or was not valid yet when the snapshot was taken, and warns when it expires within 30 days.</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daemon with --tlsverify refuses an expired client certificate, so the scans stop; renewing in time avoids the outage and the temptation to switch verification off.</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new client certificate from the CA the daemon trusts and replace {value} (and its key).</source>
        <extracomment>HC-CONNECTION-CLIENT-CERT-EXPIRY remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s audit system has rules loaded</source>
        <extracomment>HC-HOST-AUDIT-ENABLED title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the host audits at all: auditctl -l lists loaded rules, or, where auditctl cannot be asked, /etc/audit/audit.rules and /etc/audit/rules.d hold rules. Without an audit system none of the per-path audit rules (CIS 1.1.3 - 1.1.18) can pass; this rule names the cause once.</source>
        <extracomment>HC-HOST-AUDIT-ENABLED description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit trail of the daemon, its runtime and its configuration is what an investigation of a container incident starts from (practice A9).</source>
        <extracomment>HC-HOST-AUDIT-ENABLED rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and enable the Linux audit daemon (Debian/Ubuntu: sudo apt-get install auditd; RHEL: sudo dnf install audit; then sudo systemctl enable --now auditd), add the Docker watches to /etc/audit/rules.d/docker.rules (one &quot;-w PATH -p rwxa -k docker&quot; line per path of the HC-HOST-AUDIT-* rules) and load them with sudo augenrules --load.</source>
        <extracomment>HC-HOST-AUDIT-ENABLED remediation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared kernel is known and kept patched</source>
        <extracomment>HC-HOST-KERNEL-VERSION title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports the kernel version and operating system the daemon runs on (/info KernelVersion, OperatingSystem), as information: every container shares this kernel, and distributions backport fixes, so the version alone does not tell whether it is patched. Review it against your distribution&apos;s security updates.</source>
        <extracomment>HC-HOST-KERNEL-VERSION description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel vulnerability is a way out of every container at once (practice A1: patch the engine and the host OS).</source>
        <extracomment>HC-HOST-KERNEL-VERSION rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the host&apos;s kernel on a maintained series with the distribution&apos;s security updates installed, and reboot (or live-patch) after kernel updates. Kernel: {value}.</source>
        <extracomment>HC-HOST-KERNEL-VERSION remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images run as a non-root user by default</source>
        <extracomment>HC-IMAGE-ROOT-USER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.User of the image (C2): empty, &quot;0&quot;, &quot;root&quot;, &quot;0:&lt;gid&gt;&quot; or &quot;root:&lt;group&gt;&quot; mean root. The image side of HC-CONTAINER-ROOT-USER (CIS 4.1): it also covers images no container uses yet.</source>
        <extracomment>HC-IMAGE-ROOT-USER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every container started from the image without --user runs as root, and root in a container is root on the host after any escape.</source>
        <extracomment>HC-IMAGE-ROOT-USER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;USER 10001:10001&quot; (a numeric, unprivileged UID) to the Dockerfile of {name}, make the files the process writes owned by it, and rebuild.</source>
        <extracomment>HC-IMAGE-ROOT-USER remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers hold no secrets in their environment, labels or command line</source>
        <extracomment>HC-CONTAINER-SECRETS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret-looking names (PASSWORD, TOKEN, API_KEY, SECRET, CREDENTIALS, ...) with a value, and secret-looking values under any name (private keys, AWS access key ids, known token formats, credentials in URLs, long random tokens), in the container&apos;s Config.Env (marked when inherited from the image), its labels, and flags such as --password on its command line (B3). The evidence names the key and where, never the value.</source>
        <extracomment>HC-CONTAINER-SECRETS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container&apos;s environment and labels are readable by everyone who can inspect it or reach the daemon, are copied into logs, crash reports and snapshots, and outlive the container&apos;s purpose.</source>
        <extracomment>HC-CONTAINER-SECRETS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without {value} in its environment: use &quot;docker secret&quot; (swarm), a secret file mounted read-only (&quot;-v /run/secrets/db:/run/secrets/db:ro&quot; with DB_PASSWORD_FILE), or the orchestrator&apos;s secret store, then rotate the exposed secrets.</source>
        <extracomment>HC-CONTAINER-SECRETS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are minimal</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s size and layer count against the policy&apos;s maxImageSizeBytes (1 GiB) and maxLayers (50), with the package managers its build used as evidence (B2).</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large images with many layers usually carry shells, package managers and libraries the service never uses: more vulnerabilities to patch and more tools for an intruder.</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild {name} ({value}) from a minimal base (distroless, alpine, or &quot;scratch&quot; for static binaries) with a multi-stage build, and merge RUN steps that install and clean up.</source>
        <extracomment>HC-IMAGE-SIZE-LAYERS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers do not bridge networks</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is attached to several networks, at least one of them not internal (A6).</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container on two networks connects them: whoever takes it over reaches both, which undoes the separation the networks were made for.</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review whether {name} must join every one of {value}; disconnect the others with &quot;docker network disconnect NETWORK {name}&quot;, and make back-end networks internal (&quot;docker network create --internal&quot;).</source>
        <extracomment>HC-CONTAINER-MULTI-NETWORK remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers are not killed for lack of memory or restarting repeatedly</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State.OOMKilled, a RestartCount above 5 or a container caught restarting (C1), in every state.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container that the kernel kills for memory, or that keeps restarting, is failing; it also hides attacks and loses logs and state.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at &quot;docker logs {name}&quot; and &quot;docker inspect --format &apos;{{json .State}}&apos; {name}&quot; (restarted {value} times); raise the memory limit with &quot;docker update --memory ... {name}&quot; if the workload needs it, or fix the cause.</source>
        <extracomment>HC-CONTAINER-OOM-RESTARTS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running containers have not drifted from their image</source>
        <extracomment>HC-CONTAINER-DRIFT title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files added, changed or deleted in a running container&apos;s root filesystem against its image (GET /containers/{id}/changes; A9, C2). Containers with a read-only root filesystem pass; others are skipped while the snapshot does not hold the changes.</source>
        <extracomment>HC-CONTAINER-DRIFT description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container should be the image it was started from: changed files are either configuration that belongs in the image or a volume, or an intruder&apos;s work.</source>
        <extracomment>HC-CONTAINER-DRIFT rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &quot;docker diff {name}&quot; ({value} changed paths). Move legitimate changes into the image of {image} or a volume, recreate the container from its image, and run it with &quot;--read-only&quot;.</source>
        <extracomment>HC-CONTAINER-DRIFT remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container logging is not switched off</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.LogConfig.Type is &quot;none&quot; (A9): the container&apos;s output is not kept anywhere.</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without logs there is no trail to investigate an incident or an attack.</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} without &quot;--log-driver none&quot;; use the daemon&apos;s default driver or a remote one (&quot;--log-driver journald&quot;, &quot;syslog&quot;, &quot;fluentd&quot;).</source>
        <extracomment>HC-CONTAINER-LOG-DRIVER remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers carry the required labels</source>
        <extracomment>HC-CONTAINER-LABELS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on the container&apos;s Config.Labels (C4). Skipped when the policy requires none.</source>
        <extracomment>HC-CONTAINER-LABELS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership and source labels tell who runs a container and where it comes from, which is what an incident responder or an audit asks first.</source>
        <extracomment>HC-CONTAINER-LABELS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate {name} with the missing labels: &quot;docker run --label {value}=... ...&quot; (labels cannot be changed on an existing container), or add them to the image with LABEL.</source>
        <extracomment>HC-CONTAINER-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images carry the required labels</source>
        <extracomment>HC-IMAGE-LABELS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on the image&apos;s Config.Labels (C4), for example org.opencontainers.image.source. Skipped when the policy requires none.</source>
        <extracomment>HC-IMAGE-LABELS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image without source and ownership labels cannot be traced back to its code and its maintainers.</source>
        <extracomment>HC-IMAGE-LABELS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;LABEL {value}=...&quot; to the Dockerfile of {name} (or &quot;docker build --label ...&quot;) and rebuild.</source>
        <extracomment>HC-IMAGE-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks carry the required labels</source>
        <extracomment>HC-NETWORK-LABELS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on user-defined networks (C4); the predefined bridge, host and none networks cannot carry labels and are not evaluated. Skipped when the policy requires none.</source>
        <extracomment>HC-NETWORK-LABELS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels tell who owns a network and what it connects.</source>
        <extracomment>HC-NETWORK-LABELS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks cannot be relabelled: create a new one with &quot;docker network create --label {value}=... NAME&quot;, move the containers to it and remove {name}.</source>
        <extracomment>HC-NETWORK-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes carry the required labels</source>
        <extracomment>HC-VOLUME-LABELS title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s requiredLabels on volumes (C4). Skipped when the policy requires none.</source>
        <extracomment>HC-VOLUME-LABELS description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels tell who owns the data in a volume and whether it may be deleted.</source>
        <extracomment>HC-VOLUME-LABELS rationale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes cannot be relabelled: create a new one with &quot;docker volume create --label {value}=... NAME&quot;, copy the data from {name} and switch the containers to it.</source>
        <extracomment>HC-VOLUME-LABELS remediation; keep the {placeholders} untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the CA certificate the daemon uses to verify clients (--tlscacert or &quot;tlscacert&quot; in daemon.json; ~/.docker/ca.pem by default when TLS is on) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CA-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the CA certificate the daemon uses to verify clients has no permission bit outside 0444. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CA-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s server certificate (--tlscert or &quot;tlscert&quot; in daemon.json) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CERT-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s server certificate has no permission bit outside 0444. Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-CERT-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the daemon&apos;s private key (--tlskey or &quot;tlskey&quot; in daemon.json) is owned by user root (uid 0) and group root (gid 0). Skipped when the daemon does not use TLS.</source>
        <extracomment>HC-FILES-TLS-KEY-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the daemon.json the daemon reads (--config-file, else /etc/docker/daemon.json; the reference tool only checks the default) is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-DAEMON-JSON-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the daemon.json the daemon reads has no permission bit outside 0644, compared as a bit mask (0602 and 0466, which the reference tool passes as numbers below 644, fail). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-DAEMON-JSON-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that /etc/default/docker (extra daemon options on Debian-based hosts) is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that /etc/default/docker has no permission bit outside 0644. Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-DEFAULT-DOCKER-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that /etc/sysconfig/docker (extra daemon options on Red Hat-based hosts) has no permission bit outside 0644. Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-MODE description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that /etc/sysconfig/docker is owned by user root (uid 0) and group root (gid 0). Skipped when it does not exist.</source>
        <extracomment>HC-FILES-ETC-SYSCONFIG-DOCKER-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the containerd socket the daemon really uses: --containerd, else the system containerd&apos;s /run/containerd/containerd.sock, else the one dockerd started under its exec-root (Debian&apos;s docker.io), which the reference tool never finds, is owned by user root (uid 0) and group root (gid 0).</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-OWNER description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the containerd socket the daemon really uses has no permission bit outside 0660, compared as a bit mask.</source>
        <extracomment>HC-FILES-CONTAINERD-SOCKET-MODE description</extracomment>
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
    <message>
        <source> s</source>
        <extracomment>Unit after the timeout value (seconds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a scan waits for each answer of the daemon before it reports the daemon as not answering. Applies from the next scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon &amp;timeout:</source>
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
