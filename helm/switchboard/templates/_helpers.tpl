{{/*
Chart name, shortened to 63 characters (the limit of a DNS label).
*/}}
{{- define "switchboard.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified release name: "<release>-<chart>", or the release name alone when it already contains the
chart name. Service names append "-intake" etc., so this leaves room for them.
*/}}
{{- define "switchboard.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart label value: "<chart>-<version>".
*/}}
{{- define "switchboard.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The services of the suite: values key -> service (application) name. Every per-service template ranges
over this list.
*/}}
{{- define "switchboard.components" -}}
intake: intake-service
routing: routing-service
knowledge: knowledge-service
metrics: metrics-service
{{- end }}

{{/*
Labels on every object. Takes a dict with "root" and "component" (the values key of a service, another
part such as "test", or "" for objects of the whole suite).
*/}}
{{- define "switchboard.labels" -}}
helm.sh/chart: {{ include "switchboard.chart" .root }}
{{ include "switchboard.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: switchboard
{{- end }}

{{/*
Selector labels: stable across upgrades, so never the chart or app version. Same dict as labels.
*/}}
{{- define "switchboard.selectorLabels" -}}
app.kubernetes.io/name: {{ include "switchboard.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- with .component }}
app.kubernetes.io/component: {{ . }}
{{- end }}
{{- end }}

{{/*
Name of a service's objects: "<fullname>-<component>", e.g. "switchboard-intake".
*/}}
{{- define "switchboard.componentName" -}}
{{- printf "%s-%s" (include "switchboard.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Name of the ServiceAccount the services run as.
*/}}
{{- define "switchboard.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "switchboard.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Effective settings of one service as YAML (use with fromYaml): the service's own keys laid over
serviceDefaults. Objects merge recursively, key by key (a false or 0 set under the service wins, unlike
sprig's merge); scalars and lists replace the default. Takes a dict with "root" and "component".
*/}}
{{- define "switchboard.settings" -}}
{{- include "switchboard.overlay" (dict "base" .root.Values.serviceDefaults "over" (index .root.Values .component)) }}
{{- end }}

{{/*
"over" laid over "base" (both maps), recursively, as YAML.
*/}}
{{- define "switchboard.overlay" -}}
{{- $out := deepCopy .base }}
{{- range $key, $value := .over }}
{{- if and (kindIs "map" $value) (kindIs "map" (get $out $key)) }}
{{- $_ := set $out $key (include "switchboard.overlay" (dict "base" (get $out $key) "over" $value) | fromYaml) }}
{{- else }}
{{- $_ := set $out $key $value }}
{{- end }}
{{- end }}
{{- toYaml $out }}
{{- end }}

{{/*
Image reference of a service: registry/repository:tag, or @digest when a digest is set.
Takes a dict with "root" and "image" (the effective image settings).
*/}}
{{- define "switchboard.image" -}}
{{- $repository := .image.repository }}
{{- if .image.registry }}
{{- $repository = printf "%s/%s" .image.registry .image.repository }}
{{- end }}
{{- if .image.digest }}
{{- printf "%s@%s" $repository .image.digest }}
{{- else }}
{{- printf "%s:%s" $repository (.image.tag | default .root.Chart.AppVersion | toString) }}
{{- end }}
{{- end }}

{{/*
Effective database connection of a service as YAML: host, port, name, parameters and the JDBC URL.
Takes a dict with "root" and "settings".
*/}}
{{- define "switchboard.database" -}}
{{- $db := .settings.database }}
{{- $host := get $db "host" | default .root.Values.database.host }}
{{- $port := get $db "port" | default .root.Values.database.port | int }}
{{- $parameters := hasKey $db "parameters" | ternary (get $db "parameters") .root.Values.database.parameters }}
host: {{ $host | quote }}
port: {{ $port }}
jdbcUrl: {{ printf "jdbc:postgresql://%s:%d/%s%s" $host $port $db.name ($parameters | empty | ternary "" (printf "?%s" $parameters)) | quote }}
{{- end }}

{{/*
Non-secret settings of a service as environment variables (YAML map), the data of its ConfigMap. The same
map feeds the migration Job, which runs before the ConfigMap exists on a first install.
Takes a dict with "root", "component" and "settings".
*/}}
{{- define "switchboard.config" -}}
{{- $root := .root }}
{{- $s := .settings }}
{{- $db := include "switchboard.database" . | fromYaml }}
{{- $config := dict
  "QUARKUS_HTTP_PORT" "8080"
  "QUARKUS_LOG_LEVEL" $s.logLevel
  "JAVA_TOOL_OPTIONS" $s.javaOpts
  "QUARKUS_DATASOURCE_JDBC_URL" $db.jdbcUrl
  "QUARKUS_FLYWAY_MIGRATE_AT_START" (eq $root.Values.migrations.mode "startup" | toString)
  "KAFKA_BOOTSTRAP_SERVERS" $root.Values.kafka.bootstrapServers
  "KAFKA_SECURITY_PROTOCOL" $root.Values.kafka.securityProtocol
  "QUARKUS_OIDC_AUTH_SERVER_URL" $root.Values.oidc.authServerUrl
  "QUARKUS_OIDC_CLIENT_ID" $s.oidc.clientId
}}
{{- if hasPrefix "SASL_" $root.Values.kafka.securityProtocol }}
{{- $_ := set $config "KAFKA_SASL_MECHANISM" $root.Values.kafka.sasl.mechanism }}
{{- end }}
{{- if $root.Values.kafka.tls.caSecret }}
{{- $_ := set $config "KAFKA_SSL_TRUSTSTORE_TYPE" "PEM" }}
{{- $_ := set $config "KAFKA_SSL_TRUSTSTORE_LOCATION" (printf "/etc/switchboard/kafka-ca/%s" $root.Values.kafka.tls.caKey) }}
{{- end }}
{{- if eq .component "routing" }}
{{- $_ := set $config "QUARKUS_REST_CLIENT_INTAKE_URL" (include "switchboard.intakeUrl" $root) }}
{{- /* routing's own client-credentials token for the customer-context API */}}
{{- $_ := set $config "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL" $root.Values.oidc.authServerUrl }}
{{- $_ := set $config "QUARKUS_OIDC_CLIENT_CLIENT_ID" $s.oidc.clientId }}
{{- end }}
{{- if eq .component "intake" }}
{{- with $s.mail.smtp }}
{{- if .host }}
{{- $_ := set $config "QUARKUS_MAILER_HOST" .host }}
{{- $_ := set $config "QUARKUS_MAILER_PORT" (.port | toString) }}
{{- $_ := set $config "QUARKUS_MAILER_FROM" .from }}
{{- $_ := set $config "QUARKUS_MAILER_START_TLS" .startTls }}
{{- $_ := set $config "QUARKUS_MAILER_TLS" (.tls | toString) }}
{{- end }}
{{- end }}
{{- with $s.mail.imap }}
{{- $_ := set $config "SWITCHBOARD_MAIL_IMAP_ENABLED" (.enabled | toString) }}
{{- if .enabled }}
{{- $_ := set $config "SWITCHBOARD_MAIL_IMAP_HOST" .host }}
{{- $_ := set $config "SWITCHBOARD_MAIL_IMAP_PORT" (.port | toString) }}
{{- $_ := set $config "SWITCHBOARD_MAIL_IMAP_SSL" (.ssl | toString) }}
{{- $_ := set $config "SWITCHBOARD_MAIL_IMAP_FOLDER" .folder }}
{{- $_ := set $config "SWITCHBOARD_MAIL_IMAP_POLL_INTERVAL" (printf "%ds" (.pollIntervalSeconds | int)) }}
{{- end }}
{{- end }}
{{- end }}
{{- range $key, $value := $s.config }}
{{- $_ := set $config $key ($value | toString) }}
{{- end }}
{{- toYaml $config }}
{{- end }}

{{/*
Environment variables read from Secrets (existingSecret only: the chart never holds a credential).
Takes a dict with "root", "component" and "settings".
*/}}
{{- define "switchboard.secretEnv" -}}
{{- $root := .root }}
{{- $s := .settings -}}
- name: QUARKUS_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $s.database.existingSecret }}
      key: {{ $root.Values.database.usernameKey }}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $s.database.existingSecret }}
      key: {{ $root.Values.database.passwordKey }}
{{- if hasPrefix "SASL_" $root.Values.kafka.securityProtocol }}
{{- $saslSecret := index $root.Values.kafka.sasl.existingSecrets .component }}
{{- if not $saslSecret }}
{{- fail (printf "kafka.sasl.existingSecrets.%s is required when kafka.securityProtocol is %s" .component $root.Values.kafka.securityProtocol) }}
{{- end }}
- name: KAFKA_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ $saslSecret }}
      key: {{ $root.Values.kafka.sasl.jaasConfigKey }}
{{- end }}
{{- with $root.Values.oidc.existingSecret }}
- name: QUARKUS_OIDC_CREDENTIALS_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ index $root.Values.oidc.secretKeys $.component }}
{{- if eq $.component "routing" }}
- name: QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ index $root.Values.oidc.secretKeys $.component }}
{{- end }}
{{- end }}
{{- if eq .component "intake" }}
{{- with $s.mail.smtp }}
{{- if and .host .existingSecret }}
- name: QUARKUS_MAILER_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .usernameKey }}
- name: QUARKUS_MAILER_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .passwordKey }}
{{- end }}
{{- end }}
{{- with $s.mail.imap }}
{{- if .enabled }}
{{- if not (and .host .existingSecret) }}
{{- fail "intake.mail.imap.host and intake.mail.imap.existingSecret are required when intake.mail.imap.enabled is true" }}
{{- end }}
- name: SWITCHBOARD_MAIL_IMAP_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .usernameKey }}
- name: SWITCHBOARD_MAIL_IMAP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .passwordKey }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Base URL of intake-service's API for routing-service: routing.intakeUrl, or this release's intake Service.
*/}}
{{- define "switchboard.intakeUrl" -}}
{{- if .Values.routing.intakeUrl }}
{{- .Values.routing.intakeUrl }}
{{- else if .Values.intake.enabled }}
{{- $intake := include "switchboard.settings" (dict "root" . "component" "intake") | fromYaml }}
{{- printf "http://%s:%d" (include "switchboard.componentName" (dict "root" . "component" "intake")) ($intake.service.port | int) }}
{{- else }}
{{- fail "routing.intakeUrl is required when routing is enabled and intake is disabled" }}
{{- end }}
{{- end }}

{{/*
Volumes and mounts: a writable /tmp (the root filesystem is read-only) and the Kafka CA when set.
*/}}
{{- define "switchboard.volumes" -}}
- name: tmp
  emptyDir: {}
{{- with .Values.kafka.tls.caSecret }}
- name: kafka-ca
  secret:
    secretName: {{ . }}
{{- end }}
{{- end }}

{{- define "switchboard.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if .Values.kafka.tls.caSecret }}
- name: kafka-ca
  mountPath: /etc/switchboard/kafka-ca
  readOnly: true
{{- end }}
{{- end }}

{{/*
Port numbers of the Kafka bootstrap servers and networkPolicy.egress.kafkaExtraPorts, as a YAML list.
*/}}
{{- define "switchboard.kafkaPorts" -}}
{{- $ports := list }}
{{- range splitList "," .Values.kafka.bootstrapServers }}
{{- $ports = append $ports (regexFind "[0-9]+$" (trim .) | int) }}
{{- end }}
{{- range .Values.networkPolicy.egress.kafkaExtraPorts }}
{{- $ports = append $ports (int .) }}
{{- end }}
{{- toYaml ($ports | uniq) }}
{{- end }}

{{/*
One NetworkPolicy egress rule as YAML: "to" peers (none: any address) and "ports" (numbers), each for
every protocol in "protocols" (default TCP).
*/}}
{{- define "switchboard.egressRule" -}}
{{- $ports := list }}
{{- range $port := .ports | uniq }}
{{- range $protocol := $.protocols | default (list "TCP") }}
{{- $ports = append $ports (dict "protocol" $protocol "port" ($port | int)) }}
{{- end }}
{{- end }}
{{- $rule := dict "ports" $ports }}
{{- with .to }}
{{- $_ := set $rule "to" . }}
{{- end }}
{{- toYaml $rule }}
{{- end }}

{{/*
Port of the identity provider, from oidc.authServerUrl.
*/}}
{{- define "switchboard.oidcPort" -}}
{{- $url := urlParse .Values.oidc.authServerUrl }}
{{- $port := regexFind ":[0-9]+$" $url.host | trimPrefix ":" }}
{{- if $port }}{{ $port }}{{ else if eq $url.scheme "http" }}80{{ else }}443{{ end }}
{{- end }}
