/**
 * The editor's media library: checked uploads into {@code content/media/}, the files
 * readers get at {@code /media/<name>}, smaller copies for responsive {@code srcset}, and
 * image sizes for the content pipeline, which learns of them through
 * {@link org.haven.content.ImageSizes} and so needs no dependency on the editor.
 */
@NullMarked
package org.haven.editor.media;

import org.jspecify.annotations.NullMarked;
