{{/* Chart name, truncated to the 63 characters a label value allows. */}}
{{- define "allotment.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name; used for every object the chart creates. */}}
{{- define "allotment.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "allotment.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "allotment.selectorLabels" -}}
app.kubernetes.io/name: {{ include "allotment.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "allotment.labels" -}}
helm.sh/chart: {{ include "allotment.chart" . }}
{{ include "allotment.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: operator
app.kubernetes.io/part-of: allotment
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "allotment.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "allotment.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "allotment.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* "true" when the operator must hold a Lease before reconciling. */}}
{{- define "allotment.leaderElection" -}}
{{- if or .Values.leaderElection.enabled (gt (int .Values.replicas) 1) }}true{{ else }}false{{ end }}
{{- end }}

{{/* "true" when stacks are encrypted with a passphrase the pod must receive. */}}
{{- define "allotment.usesPassphrase" -}}
{{- if eq .Values.secretsProvider.provider "passphrase" }}true{{ else }}false{{ end }}
{{- end }}

{{- define "allotment.passphraseSecretName" -}}
{{- default (printf "%s-passphrase" (include "allotment.fullname" .)) .Values.secretsProvider.passphrase.existingSecret }}
{{- end }}

{{- define "allotment.stateClaimName" -}}
{{- default (printf "%s-state" (include "allotment.fullname" .)) .Values.backend.local.persistence.existingClaim }}
{{- end }}

{{/* The Pulumi state backend URL for backend.type. */}}
{{- define "allotment.backendUrl" -}}
{{- $type := .Values.backend.type }}
{{- if eq $type "local" }}
{{- printf "file://%s/backend" (trimSuffix "/" .Values.stateDir) }}
{{- else if eq $type "pulumiCloud" }}
{{- .Values.backend.pulumiCloud.url }}
{{- else if eq $type "url" }}
{{- required "backend.url.url is required when backend.type is url (e.g. azblob://allotment-state)" .Values.backend.url.url }}
{{- else }}
{{- fail (printf "backend.type must be local, pulumiCloud or url, got %q" $type) }}
{{- end }}
{{- end }}

{{/*
Combinations the schema cannot express. A rendered manifest that cannot work is worse than an
error at install time.
*/}}
{{- define "allotment.validate" -}}
{{- if and (eq .Values.backend.type "local") (gt (int .Values.replicas) 1) (ne .Values.backend.local.persistence.accessMode "ReadWriteMany") }}
{{- fail "replicas > 1 with backend.type=local needs backend.local.persistence.accessMode=ReadWriteMany: a ReadWriteOnce volume cannot be mounted by pods on different nodes. Use backend.type pulumiCloud or url for several replicas." }}
{{- end }}
{{- if and (eq .Values.secretsProvider.provider "default") (ne .Values.backend.type "pulumiCloud") }}
{{- fail "secretsProvider.provider=default (service-managed encryption) needs backend.type=pulumiCloud; use passphrase or a KMS URL with other backends." }}
{{- end }}
{{- if and (eq .Values.backend.type "pulumiCloud") (not .Values.backend.pulumiCloud.accessToken.existingSecret) }}
{{- fail "backend.type=pulumiCloud needs backend.pulumiCloud.accessToken.existingSecret: a Secret holding the Pulumi access token." }}
{{- end }}
{{- end }}
