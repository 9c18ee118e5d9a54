package org.roundtable.core.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.InvalidValue;

import java.net.URI;
import java.util.Locale;

/**
 * Where a session meets: a place (1 to {@value #MAX_PLACE_LENGTH} characters), a video link (https), or both.
 * Neither names a person.
 */
public record Venue(@Nullable String place, @Nullable URI videoLink) {

    public static final int MAX_PLACE_LENGTH = 200;

    /** A venue someone gave: checked here, never when a stored event is read back. */
    public static Venue of(@Nullable String place, @Nullable String videoLink) {
        String room = place == null || place.isBlank() ? null : place.strip();
        if (room != null && room.length() > MAX_PLACE_LENGTH) {
            throw new InvalidValue("place", "a place is named in at most " + MAX_PLACE_LENGTH + " characters");
        }
        URI link = null;
        if (videoLink != null && !videoLink.isBlank()) {
            try {
                link = URI.create(videoLink.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidValue("videoLink", "a video link is a web address");
            }
            if (link.getScheme() == null || !link.getScheme().toLowerCase(Locale.ROOT).equals("https") || link.getHost() == null) {
                throw new InvalidValue("videoLink", "a video link is an https address");
            }
        }
        if (room == null && link == null) {
            throw new InvalidValue("place", "a session meets at a place, by video, or both");
        }
        return new Venue(room, link);
    }
}
