namespace Dbs.Portal.Evidence;

/// <summary>A file kept by <see cref="EvidenceStore"/>: its storage key, size and SHA-256 (lower-case hex).</summary>
public sealed record StoredEvidence(string StorageKey, long SizeBytes, string Sha256);
