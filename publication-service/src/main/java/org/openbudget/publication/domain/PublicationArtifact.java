package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A download of a version in one format, rendered on first request and kept (a version never changes). */
@Entity
@Table(name = "publication_artifact")
@IdClass(PublicationArtifact.Key.class)
public class PublicationArtifact extends PanacheEntityBase {

    @Id
    @Column(name = "version_id")
    public Long versionId;

    @Id
    @Column(length = 20)
    public String format;

    @Column(name = "media_type", nullable = false, length = 120)
    public String mediaType;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public Long versionId;
        public String format;

        public Key() {
        }

        public Key(Long versionId, String format) {
            this.versionId = versionId;
            this.format = format;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(versionId, k.versionId) && Objects.equals(format, k.format);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, format);
        }
    }
}
