package org.haven.editor.media;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Responsive copies of uploaded images.
 *
 * @param widths the widths (pixels) of the smaller copies made of each JPEG and PNG wider
 * than them
 * @param variantsDir where the copies are kept;
 * {@code <haven.site.data-dir>/media-variants} when unset. They are derived files, remade
 * on demand, so they stay out of {@code content/}
 * @param jpegQuality JPEG quality of the copies, 0–1
 */
@Validated
@ConfigurationProperties("haven.media")
public record MediaProperties(@DefaultValue( {
		"480", "960", "1440" }) @NotEmpty List<Integer> widths, @Nullable Path variantsDir,
		@DefaultValue("0.82") @DecimalMin("0.3") @DecimalMax("1.0") double jpegQuality){

	public MediaProperties {
		widths = widths.stream().filter(w -> w > 0 && w <= 4096).distinct().sorted().toList();
	}

}
