package org.haven.theme;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads the properties of Haven's own view models ({@code ${page.title}},
 * {@code ${card.url}}) in templates, the way Spring's reflective accessor would: a
 * {@code getX()}, then a boolean {@code isX()}, then a record-style {@code x()}, declared
 * by a class of this application.
 *
 * <p>
 * Why it exists: a SpEL node keeps the accessor that last worked only if that accessor is
 * one of the evaluation context's own, and the reflective accessor hands it a derived one
 * that never is. So every {@code ${a.b}} in every render searched all the accessors
 * again, checked the class against Thymeleaf's blocked types and looked the getter up
 * twice: about a tenth of a page's rendering. This accessor is in the context's list
 * ({@link ViewPropertyDialect}), so a node keeps it and the next read is one cached
 * method call. It reads nothing Spring's accessor would not: only types whose name is
 * under {@code org.haven.}, only methods they declare, never {@code getClass()};
 * everything else goes the usual way.
 */
final class ViewPropertyAccessor implements PropertyAccessor {

	static final ViewPropertyAccessor INSTANCE = new ViewPropertyAccessor();

	private static final String OWN_TYPES = "org.haven.";

	private static final ClassValue<ConcurrentMap<String, Optional<Method>>> GETTERS = new ClassValue<>() {
		@Override
		protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private ViewPropertyAccessor() {
	}

	@Override
	public Class<?> @Nullable [] getSpecificTargetClasses() {
		return null; // any class: canRead decides
	}

	@Override
	public boolean canRead(EvaluationContext context, @Nullable Object target, String name) {
		return target != null && getter(target.getClass(), name) != null;
	}

	@Override
	public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		Method getter = target == null ? null : getter(target.getClass(), name);
		if (getter == null) {
			// a node that kept this accessor now sees another type: SpEL searches again
			throw new AccessException("no view property '" + name + "' here");
		}
		try {
			return new TypedValue(getter.invoke(target));
		}
		catch (InvocationTargetException ex) {
			throw new AccessException("reading '" + name + "' failed",
					ex.getCause() instanceof Exception cause ? cause : new IllegalStateException(ex.getCause()));
		}
		catch (IllegalAccessException ex) {
			throw new AccessException("cannot read '" + name + "'", ex);
		}
	}

	@Override
	public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
			throws AccessException {
		throw new AccessException("templates do not write properties");
	}

	/** The getter of {@code name} on one of Haven's types, or null. */
	static @Nullable Method getter(Class<?> type, String name) {
		if (!type.getName().startsWith(OWN_TYPES) || name.isEmpty()) {
			return null;
		}
		return GETTERS.get(type).computeIfAbsent(name, n -> Optional.ofNullable(find(type, n))).orElse(null);
	}

	private static @Nullable Method find(Class<?> type, String name) {
		String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		Method plain = null;
		Method is = null;
		for (Method method : type.getMethods()) {
			if (method.getParameterCount() != 0 || method.getReturnType() == void.class
					|| Modifier.isStatic(method.getModifiers())
					|| !method.getDeclaringClass().getName().startsWith(OWN_TYPES)) {
				continue;
			}
			String methodName = method.getName();
			if (methodName.equals("get" + suffix)) {
				return accessible(method);
			}
			if (methodName.equals("is" + suffix)
					&& (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
				is = method;
			}
			else if (methodName.equals(name)) {
				plain = method;
			}
		}
		return is != null ? accessible(is) : plain != null ? accessible(plain) : null;
	}

	/**
	 * Records of package-private view models have public accessors on non-public classes;
	 * without access the usual accessor reads them instead.
	 */
	private static @Nullable Method accessible(Method method) {
		return method.trySetAccessible() ? method : null;
	}

}
