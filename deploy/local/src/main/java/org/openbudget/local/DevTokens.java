package org.openbudget.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens (RS256 JWTs) signed with the development key pair under {@code openbudget-dev-keys/}, as an OIDC
 * provider of a government system would issue them: {@code iss}, {@code sub}/{@code upn}, {@code groups} (the roles
 * viewer, editor, publisher, admin, service) and {@code departments} (the department codes an editor may write).
 * For the local run, its tests and {@code deploy/local/token}; production services only hold a public key.
 *
 * <pre>deploy/local/token --role editor --departments WHYBZX [--subject zhang.san] [--hours 8]</pre>
 */
public final class DevTokens {

    public static final String ISSUER = "https://openbudget.local/dev";
    public static final String PUBLIC_KEY_RESOURCE = "openbudget-dev-keys/public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "openbudget-dev-keys/private.pem";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevTokens() {
    }

    /** A token for a subject with roles and departments, valid for the given time. */
    public static String mint(String subject, List<String> roles, List<String> departments, Duration validity) {
        return mint(subject, roles, departments, ISSUER, Instant.now(), validity, privateKey());
    }

    /** An administrator's token for the tools (loader, smoke, benchmarks, acceptance suite), valid for a day. */
    public static String admin(String subject) {
        return mint(subject, List.of("admin"), List.of(), Duration.ofDays(1));
    }

    /** The token a service presents to another (role service: reads any department's drafts). */
    public static String service(String name) {
        return mint(name, List.of("service"), List.of(), Duration.ofDays(365));
    }

    /** Any token, for tests that need a forged, expired or foreign one. */
    public static String mint(String subject, List<String> roles, List<String> departments, String issuer,
                              Instant issuedAt, Duration validity, PrivateKey key) {
        Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        claims.put("departments", departments);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(validity).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String signingInput = base64(JSON.writeValueAsBytes(header)) + "." + base64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(rsa.sign());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    public static PrivateKey privateKey() {
        return privateKey(resource(PRIVATE_KEY_RESOURCE));
    }

    static PrivateKey privateKey(String pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PKCS#8 RSA private key", e);
        }
    }

    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    /** Writes the public key where a service process can read it; returns the file. */
    public static Path writePublicKey(Path directory) throws IOException {
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve("jwt-public.pem"), publicKeyPem());
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static void main(String[] args) {
        String role = "viewer";
        List<String> departments = new ArrayList<>();
        String subject = null;
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = args[++i];
                case "--departments" -> departments.addAll(List.of(args[++i].split(",")));
                case "--subject" -> subject = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: deploy/local/token --role viewer|editor|publisher|admin|service "
                            + "[--departments CODE[,CODE…]] [--subject NAME] [--hours N]");
                    System.exit(2);
                }
            }
        }
        if (!List.of("viewer", "editor", "publisher", "admin", "service").contains(role)) {
            System.err.println("unknown role " + role);
            System.exit(2);
        }
        System.out.println(mint(subject == null ? "dev." + role : subject, List.of(role), departments,
                Duration.ofHours(hours)));
    }
}
