package org.openbudget.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openbudget.publication.domain.PublicationArtifact;
import org.openbudget.publication.domain.PublicationVersion;
import org.openbudget.publication.render.RenderFormat;
import org.openbudget.publication.render.RenderOptions;
import org.openbudget.publication.render.RenderedFile;
import org.openbudget.publication.render.Renderers;

import java.time.Instant;
import java.util.List;

/**
 * A version in a format: rendered from its stored document on first request and kept, so every later download is
 * byte-for-byte the same file (its SHA-256 is served as the ETag). A blocked draft renders with a banner saying so.
 */
@ApplicationScoped
public class ArtifactService {

    @Inject
    Renderers renderers;

    @Inject
    PublicationService publications;

    @Inject
    EntityManager em;

    public record Download(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    @Transactional
    public Download get(PublicationVersion version, RenderFormat format) {
        PublicationArtifact stored = PublicationArtifact.findById(new PublicationArtifact.Key(version.id, format.name()));
        if (stored == null) {
            RenderedFile file = renderers.render(publications.read(version.document), format, options(version));
            String sha = PublicationService.sha256Hex(file.bytes());
            // two first requests at once: one insert wins, both serve the same bytes
            em.createNativeQuery("INSERT INTO publication_artifact (version_id, format, media_type, content, sha256, created_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (version_id, format) DO NOTHING")
                    .setParameter(1, version.id).setParameter(2, format.name()).setParameter(3, file.mediaType())
                    .setParameter(4, file.bytes()).setParameter(5, sha).setParameter(6, Instant.now()).executeUpdate();
            em.flush();
            em.clear();
            stored = PublicationArtifact.findById(new PublicationArtifact.Key(version.id, format.name()));
        }
        return new Download(fileName(version, format), stored.mediaType, stored.content, stored.sha256);
    }

    private RenderOptions options(PublicationVersion version) {
        if (version.status == PublicationVersion.Status.PUBLISHED) {
            return RenderOptions.NONE;
        }
        List<String> reasons = publications.blockingReasons(version);
        return RenderOptions.NONE.with(version.status == PublicationVersion.Status.BLOCKED
                ? RenderOptions.Banner.blocked(reasons) : RenderOptions.Banner.draft(List.of("本版本已被更新的版本取代，未公开。")));
    }

    static String fileName(PublicationVersion version, RenderFormat format) {
        return version.departmentCode + "-" + version.fiscalYear + "-" + version.kind.name().toLowerCase().replace('_', '-')
                + "-v" + version.number + "." + format.extension;
    }
}
